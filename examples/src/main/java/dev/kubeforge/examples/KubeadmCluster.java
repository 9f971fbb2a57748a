package dev.kubeforge.examples;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;

/**
 * Seed 003's cluster, built with kubeadm: its first containerized application, an nginx Deployment with
 * two replicas serving port 80.
 *
 * <p>Deviations from the write-up, each today's equivalent of what it describes:
 * <ul>
 *   <li>{@code nginx:1.7.9} (2014, long out of support) is now {@code nginx:1.27.3};</li>
 *   <li>the write-up's {@code app: nginx} label becomes the derived {@code app.kubernetes.io/name: nginx},
 *       and the port gets a name ({@code http}) so that Services and probes can refer to it;</li>
 *   <li>the Deployment lives in its own namespace {@code demo} rather than {@code default}, and gets a
 *       ClusterIP Service in front of it.</li>
 * </ul>
 */
public final class KubeadmCluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("kubeadm-lab");
    cluster.namespace("demo")
        .app("nginx")
        .image("nginx:1.27.3")
        .replicas(2)
        .port("http", 80);
    return cluster.build();
  }
}
