package dev.kubeforge.cloudinit;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.kubeadm.Cni;
import dev.kubeforge.secret.SecretValue;

/**
 * Seed 004's lab: one master and two workers brought up from bare images, weave as the pod network, and
 * the non-root {@code kube} user on every host, which runs kubectl on the master. The seed's note that
 * the container runtime's cgroup driver must be systemd is kept; containerd replaces Docker, which the
 * kubelet no longer talks to. Debian or Ubuntu replaces the seed's CentOS 7.
 */
public final class Seed004LabCluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var lab = HostProfile.named("lab", p -> p
        .containerd(Containerd.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites());
    return Cluster.named("lab")
        .kubernetesVersion("1.31")
        .controlPlane(Node.named("master", n -> n.address("192.168.50.10").profile(lab)))
        .workers(
            Node.named("worker-1", n -> n.address("192.168.50.11").profile(lab)),
            Node.named("worker-2", n -> n.address("192.168.50.12").profile(lab)))
        .kubeadm(k -> k
            .podSubnet("10.32.0.0/12")
            .bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))
            .caCertHash(SecretValue.fromEnv("KUBEADM_CA_CERT_HASH"))
            .cni(Cni.manifest("https://github.com/weaveworks/weave/releases/download/v2.8.1/weave-daemonset-k8s.yaml")))
        .cloudInit(c -> c
            .adminUser("kube")
            .sshAuthorizedKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMq2C1mj1g6dtV0E8g4Qm8tAq0fZb2gq0Xo1Zc9r3kLb kube@lab")
            .packages("nfs-common"))
        .build();
  }
}
