package dev.kubeforge.kubeadm;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.HostPathType;
import dev.kubeforge.kubeadm.config.HostPathMount;
import dev.kubeforge.secret.SecretValue;

/**
 * Seed 003's kubeadm set-up, written in the DSL: {@code kubeadm init --config} with the API server flags
 * the seed lists, then either a single node (the seed removes the control-plane taint so it runs pods)
 * or {@code kubeadm join} of two workers.
 *
 * <p>Where the seed is dated, today's equivalent is written: {@code kubeadm.k8s.io/v1beta4} instead of
 * v1alpha2's {@code MasterConfiguration}; extra args as a list of name and value instead of a map;
 * containerd instead of the dockershim socket; {@code taints: []} in the registration instead of
 * {@code kubectl taint nodes --all node-role.kubernetes.io/master-}. The seed's
 * {@code advertise-address} API server flag is left out: the advertise address is derived from the node.
 * The audit log's directory is mounted into the API server pod, which the seed forgets.
 */
public final class Seed003 {

  static final String WEAVE = "https://github.com/weaveworks/weave/releases/download/v2.8.1/weave-daemonset-k8s.yaml";

  private Seed003() {}

  /** The master alone. */
  public static ClusterDefinition singleNode() {
    return new SingleNode();
  }

  /** The master and two workers. */
  public static ClusterDefinition initJoin() {
    return new InitJoin();
  }

  /** The master alone: it keeps no control-plane taint, so it runs the workloads. */
  public static final class SingleNode implements ClusterDefinition {
    @Override
    public Cluster define() {
      return seed003(Cluster.named("seed003")
          .controlPlane(Node.named("master", n -> n.address("192.168.0.102").profile(profile())))
          .kubeadm(k -> k.controlPlaneTaint(false)));
    }
  }

  /** The master and two workers that join it with a bootstrap token, their CA pinned. */
  public static final class InitJoin implements ClusterDefinition {
    @Override
    public Cluster define() {
      var node = profile();
      return seed003(Cluster.named("seed003")
          .controlPlane(Node.named("master", n -> n.address("192.168.0.102").profile(node)))
          .workers(Node.named("node-1", n -> n.address("192.168.0.103").profile(node)),
              Node.named("node-2", n -> n.address("192.168.0.104").profile(node).label("disktype", "ssd")))
          .kubeadm(k -> k
              .bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))
              .caCertHash(SecretValue.fromEnv("KUBEADM_CA_CERT_HASH"))));
    }
  }

  static HostProfile profile() {
    return HostProfile.named("node", p -> p
        .containerd(Containerd.create())
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites());
  }

  private static Cluster seed003(Cluster.Builder cluster) {
    return cluster
        .kubernetesVersion("1.31.2")
        .kubeadm(k -> k
            .serviceSubnet("10.96.0.0/12")
            .dnsDomain("cluster.local")
            .apiServerArg("anonymous-auth", "false")
            .apiServerArg("enable-admission-plugins", "AlwaysPullImages,DefaultStorageClass")
            .apiServerArg("audit-log-path", "/home/johndoe/audit.log")
            .clusterConfiguration(c -> c
                .etcd(etcd -> etcd.local(local -> local.dataDir("/var/lib/etcd")))
                .apiServer(api -> api.extraVolumes(HostPathMount.of("audit-log", "/home/johndoe", "/home/johndoe")
                    .pathType(HostPathType.DIRECTORY_OR_CREATE))))
            .kubeletConfiguration(kubelet -> kubelet.address("0.0.0.0"))
            .kubeProxyConfiguration(proxy -> proxy.bindAddress("0.0.0.0"))
            .cni(Cni.manifest(WEAVE)))
        .build();
  }
}
