package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.Probe;

/** The shop once the legacy app is gone. The unpinned image is a warning, not an error. */
public final class After implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("shop");
    cluster.namespace("web").app("site").image("nginx").port("http", 80)
        .readiness(Probe.http("/", "http"))
        .limits(Cpu.millis(500), Size.mib(256))
        .allow("run-as-root", "the nginx image binds port 80 as root; its worker processes run as user nginx");
    return cluster.build();
  }
}
