package com.example;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.cluster.Cluster;

/** A cluster that fails on purpose: an app without an image (an error) and an unpinned image (a warning). */
public final class Failing implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("failing");
    var web = cluster.namespace("web");
    web.app("site").port("http", 8080); // no image: missing-image
    web.app("shell").image("busybox"); // no tag: image-tag-latest
    return cluster.build();
  }
}
