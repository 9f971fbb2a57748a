package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;

/** The shop as it was: the site, and a legacy app in its own namespace. */
public final class Before implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("shop");
    cluster.namespace("web").app("site").image("nginx").port("http", 80)
        .readiness(Probe.http("/", "http"))
        .limits(Cpu.millis(500), Size.mib(256))
        .allow("run-as-root", "the nginx image binds port 80 as root; its worker processes run as user nginx");
    cluster.namespace("legacy").app("old").image("busybox:1.36").port("http", 8080)
        .readiness(Probe.tcp("http"))
        .limits(Cpu.millis(100), Size.mib(64))
        .securityContext(SecurityContext.user(65534));
    return cluster.build();
  }
}
