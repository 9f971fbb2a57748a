package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's kubelet outside the supported version skew: newer than the control plane, or more than three
 * minor releases older (the Kubernetes version skew policy since 1.28).
 *
 * @see <a href="https://kubernetes.io/releases/version-skew-policy/#kubelet">Version skew policy: kubelet</a>
 */
final class VersionSkewCheck extends KubeadmCheck {

  /** How many minor releases a kubelet may be behind the API server. */
  static final int MAX_KUBELET_LAG = 3;

  @Override
  public String id() {
    return "version-skew";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    if (cluster.kubernetesVersion().isEmpty()) {
      return problems;
    }
    var controlPlane = cluster.kubernetesVersion().get();
    for (NodeConfig node : kubeadm.nodes()) {
      if (node.node().kubeletVersion().isEmpty()) {
        continue;
      }
      var kubelet = node.node().kubeletVersion().get();
      int lag = controlPlane.minorsAhead(kubelet);
      if (lag < 0) {
        problems.add(Problem.error(id(), node.path(), "the kubelet " + kubelet + " is newer than the control plane "
                + controlPlane + "; a kubelet may never be ahead of the API server")
            .hint("upgrade the control plane first: cluster.kubernetesVersion(\"" + kubelet + "\")"));
      } else if (lag > MAX_KUBELET_LAG) {
        problems.add(Problem.error(id(), node.path(), "the kubelet " + kubelet + " is " + lag
                + " minor releases behind the control plane " + controlPlane + "; at most " + MAX_KUBELET_LAG
                + " are supported")
            .hint("upgrade the node's kubelet to 1." + (controlPlane.minor() - MAX_KUBELET_LAG) + " or newer"));
      }
    }
    return problems;
  }
}
