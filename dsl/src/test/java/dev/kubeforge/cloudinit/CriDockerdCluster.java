package dev.kubeforge.cloudinit;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.CriDockerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.secret.SecretValue;

/**
 * A homelab's one-node cluster that stays on Docker: the kubelet reaches Docker through cri-dockerd,
 * installed from its release {@code .deb} as cri-dockerd's README (github.com/Mirantis/cri-dockerd,
 * Apache-2.0) describes, and the node keeps kubeadm's control-plane taint because nothing says
 * otherwise. The digest is a test value, not the release's: take that from the release page.
 */
public final class CriDockerdCluster implements ClusterDefinition {

  /** The release package the node installs. */
  public static final CriDockerd CRI_DOCKERD = CriDockerd.deb("https://github.com/Mirantis/cri-dockerd/releases/"
      + "download/v0.3.16/cri-dockerd_0.3.16.3-0.debian-bookworm_amd64.deb", "0123456789abcdef".repeat(4));

  @Override
  public Cluster define() {
    var docker = HostProfile.named("docker", p -> p
        .docker(DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .criDockerd(CRI_DOCKERD)
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites());
    return Cluster.named("homelab")
        .kubernetesVersion("1.31")
        .controlPlane(Node.named("nuc", n -> n.address("192.168.1.20").profile(docker)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16").bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN")))
        .build();
  }
}
