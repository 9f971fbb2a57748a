package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kubeadm init} and {@code kubeadm join} need and the set-up lacks, read from the final
 * documents:
 *
 * <ul>
 *   <li>{@code kubernetes-version-missing}: kubeadm is used but the cluster has no Kubernetes version,
 *       so neither kubeadm's {@code kubernetesVersion} nor the packages can be pinned;
 *   <li>{@code bootstrap-token-missing}: a node joins without {@code discovery.bootstrapToken.token};
 *   <li>{@code control-plane-endpoint-missing}: a node joins without an API server to ask, which happens
 *       when several (or no) control-plane nodes leave {@code controlPlaneEndpoint} to be derived;
 *   <li>{@code certificate-key-missing}: a control-plane node joins without the key of the uploaded
 *       certificates;
 *   <li>{@code unverified-discovery} (a warning): a node joins without a CA pin, trusting whichever API
 *       server answers first.
 * </ul>
 */
final class KubeadmSetupCheck extends KubeadmCheck {

  static final String VERSION_MISSING = "kubernetes-version-missing";
  static final String TOKEN_MISSING = "bootstrap-token-missing";
  static final String ENDPOINT_MISSING = "control-plane-endpoint-missing";
  static final String CERTIFICATE_KEY_MISSING = "certificate-key-missing";

  @Override
  public String id() {
    return "unverified-discovery";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    if (cluster.kubernetesVersion().isEmpty()) {
      problems.add(Problem.error(VERSION_MISSING, cluster.path(), "kubeadm sets up the nodes, but the cluster names "
              + "no Kubernetes version to install")
          .hint("cluster.kubernetesVersion(\"1.31\") for the newest 1.31 patch, or \"1.31.2\" for exactly that"));
    }
    for (NodeConfig node : kubeadm.nodes()) {
      if (!(node.document() instanceof JoinConfiguration join)) {
        continue;
      }
      var discovery = join.discovery() == null ? null : join.discovery().bootstrapToken();
      if (join.discovery() != null && join.discovery().file() != null) {
        continue; // discovery from a kubeconfig file: kubeadm's own validation applies
      }
      if (discovery == null || discovery.token() == null) {
        problems.add(Problem.error(TOKEN_MISSING, node.path(), "the node joins without a bootstrap token")
            .hint("cluster.kubeadm(k -> k.bootstrapToken(SecretValue.fromEnv(\"KUBEADM_TOKEN\"))); create the value "
                + "with kubeadm token generate"));
      }
      if (discovery == null || discovery.apiServerEndpoint() == null) {
        problems.add(Problem.error(ENDPOINT_MISSING, node.path(), "the node joins without an API server to ask: "
                + controlPlanes(kubeadm) + " control-plane nodes and no controlPlaneEndpoint")
            .hint("cluster.kubeadm(k -> k.controlPlaneEndpoint(\"api.example.com:" + Kubeadm.API_SERVER_PORT
                + "\")) naming a load balancer or DNS name in front of the control-plane nodes"));
      }
      if (node.role() == NodeConfig.Role.JOIN_CONTROL_PLANE
          && (join.controlPlane() == null || join.controlPlane().certificateKey() == null)) {
        problems.add(Problem.error(CERTIFICATE_KEY_MISSING, node.path(), "the control-plane node joins without the "
                + "certificate key, so it cannot download the control-plane certificates")
            .hint("cluster.kubeadm(k -> k.certificateKey(SecretValue.fromEnv(\"KUBEADM_CERTIFICATE_KEY\"))); create "
                + "the value with kubeadm certs certificate-key"));
      }
      if (discovery != null && Boolean.TRUE.equals(discovery.unsafeSkipCAVerification())) {
        problems.add(Problem.warning(id(), node.path(), "the node trusts whichever API server answers first: "
                + "discovery has no CA pin")
            .hint("pin the cluster CA with cluster.kubeadm(k -> k.caCertHash(..)), or allow(\"" + id()
                + "\", reason) on a network you trust"));
      }
    }
    kubeadm.initNode().ifPresent(node -> {
      var init = (InitConfiguration) node.document();
      if (kubeadm.uploadsCertificates() && init.certificateKey() == null) {
        problems.add(Problem.error(CERTIFICATE_KEY_MISSING, node.path(), "kubeadm init uploads the control-plane "
                + "certificates for the other control-plane nodes but has no certificate key to encrypt them")
            .hint("cluster.kubeadm(k -> k.certificateKey(SecretValue.fromEnv(\"KUBEADM_CERTIFICATE_KEY\")))"));
      }
    });
    return problems;
  }

  private static long controlPlanes(Kubeadm kubeadm) {
    return kubeadm.nodes().stream().filter(node -> node.role().controlPlane()).count();
  }
}
