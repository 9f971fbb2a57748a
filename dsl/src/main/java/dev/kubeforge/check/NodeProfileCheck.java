package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.cluster.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A node kubeadm sets up without a host profile ({@code node-without-profile}): its user-data installs no
 * container runtime, so the kubelet cannot start. (Without kubeadm a node may be declared for scheduling
 * checks alone, and needs no profile.) Also a node whose kubelet would reach Docker through cri-dockerd
 * ({@code cri-dockerd-unavailable}), which no Debian or Ubuntu repository ships, so the per-node
 * cloud-config cannot install it unless the profile names its package ({@code HostProfile.criDockerd(..)}).
 * That one is not allowable: allowed, it would still leave
 * {@code criSocket} pointing at a socket nothing serves, and a kubelet that never starts.
 */
final class NodeProfileCheck extends KubeadmCheck {

  static final String CRI_DOCKERD = "cri-dockerd-unavailable";

  @Override
  public String id() {
    return "node-without-profile";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    for (Node node : cluster.nodes()) {
      var path = cluster.path(node);
      if (node.profile() == null) {
        problems.add(Problem.error(id(), path, "the node has no host profile, so it gets no container runtime and "
                + "kubeadm cannot start its kubelet")
            .hint("give it one: Node.named(\"" + node.name() + "\", n -> n.profile(HostProfile.named(.., p -> p"
                + ".containerd(Containerd.create()).kubelet(Kubelet.create()).kubernetesPrerequisites())))"));
      } else if (cluster.cloudInit().target() == CloudInit.Target.CLOUD_CONFIG
          && node.profile().criSocket().filter(HostProfile.CRI_DOCKERD_SOCKET::equals).isPresent()
          && node.profile().criDockerd() == null) {
        problems.add(Problem.error(CRI_DOCKERD, path.child("host", node.profile().name()), "the kubelet would reach "
                + "Docker through cri-dockerd, which no Debian or Ubuntu repository ships, so the node's cloud-config "
                + "cannot install it")
            .hint("let the kubelet use containerd: HostProfile.containerd(Containerd.create()), beside Docker if it"
                + " stays, or install cri-dockerd: HostProfile.criDockerd(CriDockerd.deb(url, sha256)); this cannot"
                + " be allowed, the node would not start"));
      }
    }
    return problems;
  }
}
