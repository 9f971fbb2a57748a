package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.Kubeadm;
import java.util.List;

/**
 * A check of how kubeadm brings the cluster up: it finds nothing in a cluster without kubeadm (one whose
 * nodes are declared for the scheduling checks alone), and reads the final kubeadm documents otherwise.
 */
abstract class KubeadmCheck implements Check {

  @Override
  public final List<Problem> run(Cluster cluster) {
    return cluster.kubeadm().map(kubeadm -> run(cluster, kubeadm)).orElseGet(List::of);
  }

  /** Every problem this check finds in the cluster's kubeadm set-up, in any order. */
  abstract List<Problem> run(Cluster cluster, Kubeadm kubeadm);
}
