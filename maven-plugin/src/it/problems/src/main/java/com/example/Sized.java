package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;

/** Has no no-argument constructor, so discovery must pass it over. */
public final class Sized implements ClusterDefinition {

  private final int replicas;

  public Sized(int replicas) {
    this.replicas = replicas;
  }

  @Override
  public Cluster define() {
    throw new IllegalStateException("Sized(" + replicas + ") needs an argument: discovery must skip it");
  }
}
