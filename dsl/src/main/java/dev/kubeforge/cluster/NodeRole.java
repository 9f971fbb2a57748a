package dev.kubeforge.cluster;

/** What a node does in the cluster; set by {@code cluster.controlPlane(..)} and {@code cluster.workers(..)}. */
public enum NodeRole {
  /** Runs the API server, scheduler, controller manager and (with kubeadm's stacked topology) etcd. */
  CONTROL_PLANE,
  /** Runs workloads. */
  WORKER
}
