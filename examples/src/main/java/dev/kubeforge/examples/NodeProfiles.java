package dev.kubeforge.examples;

import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.kubeadm.Cni;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.secret.SecretValue;

/** Host profiles and kubeadm settings the seeds' kubeadm clusters share. */
final class NodeProfiles {

  /** The Kubernetes release the kubeadm examples run. */
  static final String KUBERNETES_VERSION = "1.33.1";

  /** flannel's pod network: the address range its manifest's {@code net-conf.json} is written for. */
  static final String FLANNEL_POD_SUBNET = "10.244.0.0/16";

  /** flannel v0.26.4's manifest: a plain VXLAN overlay, which enforces no NetworkPolicy. */
  static final Cni FLANNEL =
      Cni.manifest("https://github.com/flannel-io/flannel/releases/download/v0.26.4/kube-flannel.yml");

  private NodeProfiles() {}

  /**
   * kubeadm with flannel as the pod network, on its own pod subnet, and the bootstrap token and CA pin
   * the workers join with, read from {@code KUBEADM_TOKEN} and {@code KUBEADM_CA_CERT_HASH} when
   * generating: {@code generated/} holds placeholders, the secrets output the complete files; their
   * absence while generating is allowed, with that reason.
   */
  static void flannelJoinedWithToken(Kubeadm.Builder kubeadm) {
    kubeadm
        .podSubnet(FLANNEL_POD_SUBNET)
        .cni(FLANNEL)
        .bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))
        .caCertHash(SecretValue.fromEnv("KUBEADM_CA_CERT_HASH"))
        .allow("secret-unavailable", "generated/ holds placeholders and is the same with or without the token,"
            + " so CI and reviewers generate without it; whoever brings the nodes up creates the CA first"
            + " (kubeadm init phase certs ca), sets KUBEADM_TOKEN (kubeadm token generate) and"
            + " KUBEADM_CA_CERT_HASH, and uses the complete files of target/kubeforge-secrets/");
  }

  /**
   * A node set up for kubeadm on containerd, as seeds 003 and 004 would set one up today: containerd with
   * the systemd cgroup driver (seed 004's "cgroupfs must be systemd") serving the kubelet's CRI in place
   * of dockershim, kubeadm's kubelet drop-in, and the kernel modules and sysctls Kubernetes needs.
   */
  static HostProfile kubeadmOnContainerd() {
    return HostProfile.named("node", p -> p
        .containerd(Containerd.create().sandboxImage("registry.k8s.io/pause:3.10"))
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites());
  }
}
