package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;

/** Package-private, so discovery must pass it over. */
final class Draft implements ClusterDefinition {

  @Override
  public Cluster define() {
    throw new IllegalStateException("Draft is not public: discovery must skip it");
  }
}
