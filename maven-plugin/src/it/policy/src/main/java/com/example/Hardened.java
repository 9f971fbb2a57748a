package com.example;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.PullPolicy;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.DisruptionBudget;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.TopologyKey;

/** Passes every policy check but one: its root file system is writable, a warning under the default profile. */
public final class Hardened implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("strict").kubernetesVersion("1.31");
    var web = cluster.namespace("web");
    web.networkPolicy("default-deny").denyIngress();
    var account = web.serviceAccount("site").noTokenAutomount();
    web.app("site").image("nginx:1.27.3").imagePullPolicy(PullPolicy.ALWAYS)
        .replicas(3).disruptionBudget(DisruptionBudget.maxUnavailable(PodCount.of(1)))
        .onePodPer(TopologyKey.HOSTNAME)
        .port("http", 8080)
        .requests(Cpu.millis(100), Size.mib(64)).limits(Cpu.millis(500), Size.mib(256))
        .securityContext(SecurityContext.restricted(101))
        .liveness(Probe.tcp("http")).readiness(Probe.http("/ready", "http"))
        .serviceAccount(account.ref());
    return cluster.build();
  }
}
