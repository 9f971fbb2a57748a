package dev.kubeforge.examples;

import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;

/** Host profiles the seeds' kubeadm clusters share. */
final class NodeProfiles {

  private NodeProfiles() {}

  /**
   * A node set up for kubeadm on containerd, as seeds 003 and 004 would set one up today: containerd with
   * the systemd cgroup driver (seed 004's "cgroupfs must be systemd") serving the kubelet's CRI in place
   * of dockershim, kubeadm's kubelet drop-in, and the kernel modules and sysctls Kubernetes needs.
   */
  static HostProfile kubeadmOnContainerd() {
    return HostProfile.named("node")
        .containerd(Containerd.create().sandboxImage("registry.k8s.io/pause:3.10"))
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites();
  }
}
