package dev.kubeforge.kubeadm;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.kubeadm.config.EncryptionAlgorithm;
import dev.kubeforge.secret.SecretValue;

/**
 * Three control-plane nodes behind a load balancer and one tainted worker: {@code kubeadm init
 * --upload-certs} on the first, {@code kubeadm join --control-plane} with the certificate key on the
 * others, a pinned CA everywhere.
 */
public final class HaCluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var node = HostProfile.named("node", p -> p.containerd(Containerd.create()).kubelet(Kubelet.create())
        .kubernetesPrerequisites());
    return Cluster.named("ha")
        .kubernetesVersion("1.33")
        .controlPlane(
            Node.named("cp-1", n -> n.address("10.0.0.11").profile(node)),
            Node.named("cp-2", n -> n.address("10.0.0.12").profile(node)),
            Node.named("cp-3", n -> n.address("10.0.0.13").profile(node)))
        .workers(Node.named("gpu-1", n -> n.address("10.0.1.21").profile(node)
            .label("accelerator", "nvidia")
            .taint(Taint.of("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE))))
        .kubeadm(k -> k
            .controlPlaneEndpoint("api.ha.example.com:6443")
            .podSubnet("10.244.0.0/16")
            .bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))
            .certificateKey(SecretValue.fromEnv("KUBEADM_CERTIFICATE_KEY"))
            .caCertHash(SecretValue.fromEnv("KUBEADM_CA_CERT_HASH"))
            .clusterConfiguration(c -> c.encryptionAlgorithm(EncryptionAlgorithm.ECDSA_P256))
            .kubeletConfiguration(kubelet -> kubelet.serverTLSBootstrap(true).rotateCertificates(true))
            .initConfiguration(init -> init.timeouts(t -> t.controlPlaneComponentHealthCheck(java.time.Duration.ofMinutes(8))))
            .resetConfiguration(reset -> reset.cleanupTmpDir(true).force(true)))
        .build();
  }
}
