package dev.kubeforge.k8s;

import java.util.List;
import java.util.Map;

/**
 * What the workload layer needs to know of a node to check where pods can run: its name, its labels
 * and its taints. The host layer's node model implements it; the scheduling checks read it.
 */
public interface ClusterNode {

  /** The node's name, also its {@code kubernetes.io/hostname} label. */
  String name();

  /** The labels the definition gives the node, such as {@code workload=compute}. */
  Map<String, String> labels();

  /** The node's taints, including kubeadm's control-plane taint where it applies. */
  List<Taint> taints();
}
