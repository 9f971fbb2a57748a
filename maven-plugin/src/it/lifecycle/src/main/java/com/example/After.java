package com.example;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;

/** The shop once the legacy app is gone. The unpinned image is a warning, not an error. */
public final class After implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("shop");
    cluster.namespace("web").app("site").image("nginx").port("http", 80);
    return cluster.build();
  }
}
