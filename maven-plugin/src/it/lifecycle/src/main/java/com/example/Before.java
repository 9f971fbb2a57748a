package com.example;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;

/** The shop as it was: the site, and a legacy app in its own namespace. */
public final class Before implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("shop");
    cluster.namespace("web").app("site").image("nginx").port("http", 80);
    cluster.namespace("legacy").app("old").image("busybox:1.36").port("http", 8080);
    return cluster.build();
  }
}
