package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;

/** A valid cluster; with kube.skip=true it is never even loaded. */
public final class Shop implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("shop");
    cluster.namespace("web").app("site").image("nginx:1.27").port("http", 80);
    return cluster.build();
  }
}
