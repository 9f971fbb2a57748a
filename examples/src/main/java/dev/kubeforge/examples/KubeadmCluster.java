package dev.kubeforge.examples;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Size;
import dev.kubeforge.host.Node;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.k8s.Toleration;

/**
 * Seed 003's cluster, built with kubeadm: a master ({@code 192.168.0.102}, the write-up's advertise
 * address) and a worker {@code node1} carrying the write-up's example taint {@code foo=bar:NoSchedule};
 * the dashboard; and its first containerized application, an nginx Deployment with two replicas serving
 * port 80 from an {@code emptyDir}, tolerating that taint as the write-up's {@code Equal} toleration does.
 * Its output is {@code generated/kubeadm-lab/}.
 *
 * <p>Deviations from the write-up, each today's equivalent of what it describes:
 * <ul>
 *   <li>{@code nginx:1.7.9} (2014, long out of support) is now {@code nginx:1.27.3}, with a readiness
 *       probe and resource limits;</li>
 *   <li>the write-up's {@code app: nginx} label becomes the derived {@code app.kubernetes.io/name: nginx},
 *       and the port gets a name ({@code http}) so that Services and probes can refer to it;</li>
 *   <li>the Deployment lives in its own namespace {@code demo} rather than {@code default}, and gets a
 *       ClusterIP Service in front of it;</li>
 *   <li>{@code criSocket: /var/run/dockershim.sock} (dockershim left Kubernetes in 1.24) is containerd,
 *       with the systemd cgroup driver;</li>
 *   <li>the dashboard is v2.7.0 in namespace {@code kubernetes-dashboard}, reached through
 *       {@code kubectl proxy} as the write-up recommends.</li>
 * </ul>
 *
 * <p>Left to the kubeadm layer, which is not part of Kubeforge yet: the {@code MasterConfiguration}
 * (today {@code kubeadm.k8s.io/v1beta4} Init/ClusterConfiguration with the API server's extra args), the
 * network plugin, and the taints kubeadm registers. The write-up's single-node variant removes the
 * master's taint ({@code kubectl taint nodes --all node-role.kubernetes.io/master-}); with kubeadm's
 * configuration that is {@code nodeRegistration.taints: []} on the master, written there, not here. The
 * taint of {@code node1} is declared on the node so the checks see it: the nginx pods would not be
 * scheduled anywhere without their toleration. The write-up names no storage plugin, so none is installed.
 */
public final class KubeadmCluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var node = NodeProfiles.kubeadmOnContainerd();
    var cluster = Cluster.named("kubeadm-lab")
        .controlPlane(Node.named("master").address("192.168.0.102").profile(node))
        .workers(Node.named("node1").profile(node).taint(Taint.of("foo", "bar", TaintEffect.NO_SCHEDULE)));
    Dashboard.install(cluster);
    cluster.namespace("demo")
        .app("nginx")
        .image("nginx:1.27.3")
        .replicas(2)
        .port("http", 80)
        .toleration(Toleration.equal("foo", "bar", TaintEffect.NO_SCHEDULE))
        .readiness(Probe.tcp("http"))
        .limits(Cpu.millis(200), Size.mib(128))
        .mount("/usr/share/nginx/html", EmptyDir.named("nginx-vol"))
        .allow("run-as-root", "the official nginx image starts as root to bind port 80; its workers run as nginx");
    return cluster.build();
  }
}
