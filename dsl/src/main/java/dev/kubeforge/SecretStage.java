package dev.kubeforge;

import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.NodeSetup;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import dev.kubeforge.k8s.SecretContent;
import dev.kubeforge.kubeadm.ConfigDocument;
import dev.kubeforge.kubeadm.NodeConfig;
import dev.kubeforge.render.CloudConfigRenderer;
import dev.kubeforge.render.CoreOsCloudConfigRenderer;
import dev.kubeforge.render.KubeadmRenderer;
import dev.kubeforge.render.SecretsRenderer;
import dev.kubeforge.secret.ResolvedSecrets;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The stage between the checks and the renderers that reads secrets: every {@link SecretValue} the
 * model uses, each once, into {@link ResolvedSecrets}, and a {@code secret-unavailable} warning for each
 * output the secrets tree then leaves out (a Secret, a kubeadm or cloud-init file), with the reason.
 * Renderers read the values from the result and read no secret themselves.
 */
final class SecretStage {

  /** What the stage produced: the values, and the warnings no allowance has filtered yet. */
  record Result(ResolvedSecrets secrets, List<Problem> warnings) {}

  private SecretStage() {}

  /** Reads the cluster's values through {@code resolver} and reports what the secrets output leaves out. */
  static Result read(Cluster cluster, SecretResolver resolver) {
    var used = new ArrayList<SecretValue>();
    secrets(cluster).forEach(secret -> secret.data().values().forEach(content -> used.addAll(content.sources())));
    kubeadmFiles(cluster).forEach(file -> used.addAll(file.secrets));
    cluster.nodes().forEach(node -> used.addAll(cluster.setup(node).secrets()));
    var resolved = ResolvedSecrets.resolve(used, resolver);
    var warnings = new ArrayList<Problem>();
    for (Secret secret : secrets(cluster)) {
      secret.data().forEach((key, content) -> secretWarnings(secret, key, content, resolved, warnings));
    }
    for (NodeFile file : kubeadmFiles(cluster)) {
      fileWarnings(file, resolved, warnings);
    }
    var target = cluster.cloudInit().target();
    if (target == CloudInit.Target.CLOUD_CONFIG) {
      for (Node node : cluster.nodes()) {
        fileWarnings(new NodeFile(CloudConfigRenderer.path(cluster, node), cluster.path(node).field("cloud-init"),
            cluster.setup(node).secrets()), resolved, warnings);
      }
    } else if (target == CloudInit.Target.COREOS && !cluster.nodes().isEmpty()) {
      var values = new ArrayList<SecretValue>();
      cluster.nodes().forEach(node -> values.addAll(cluster.setup(node).secrets()));
      fileWarnings(new NodeFile(CoreOsCloudConfigRenderer.path(cluster), cluster.cloudInit().path(), values),
          resolved, warnings);
    }
    return new Result(resolved, warnings);
  }

  /** A file of the secrets output that holds secret values: where it is, whose it is, and the values. */
  private record NodeFile(String path, ObjectPath where, List<SecretValue> secrets) {}

  private static List<NodeFile> kubeadmFiles(Cluster cluster) {
    var files = new ArrayList<NodeFile>();
    cluster.kubeadm().ifPresent(kubeadm -> {
      for (NodeConfig node : kubeadm.nodes()) {
        files.add(new NodeFile(KubeadmRenderer.path(cluster, node.node().name()), node.path().field("kubeadm"),
            NodeSetup.secrets(kubeadm.documents(node))));
      }
      kubeadm.resetConfiguration().ifPresent(reset -> files.add(new NodeFile(KubeadmRenderer.path(cluster, "reset"),
          kubeadm.path(), NodeSetup.secrets(List.<ConfigDocument>of(reset)))));
      kubeadm.upgradeConfiguration().ifPresent(upgrade -> files.add(new NodeFile(
          KubeadmRenderer.path(cluster, "upgrade"), kubeadm.path(), NodeSetup.secrets(List.<ConfigDocument>of(upgrade)))));
    });
    return files;
  }

  /** One warning per reason a value of the file could not be read: the file stays out of the secrets output. */
  private static void fileWarnings(NodeFile file, ResolvedSecrets resolved, List<Problem> warnings) {
    var reasons = new LinkedHashSet<String>();
    file.secrets.forEach(value -> resolved.unavailable(value).ifPresent(reasons::add));
    for (String reason : reasons) {
      warnings.add(Problem.warning(Checks.SECRET_UNAVAILABLE, file.where,
              reason + "; " + file.path + " is left out of the secrets output")
          .hint("supply the source before generating, or allow(\"" + Checks.SECRET_UNAVAILABLE
              + "\", reason) where the node is set up another way"));
    }
  }

  /**
   * One warning per reason a source of the key could not be read or, with every source read, for the
   * first password bcrypt cannot hash: the Secret stays out of the secrets output.
   */
  private static void secretWarnings(Secret secret, String key, SecretContent content, ResolvedSecrets resolved,
      List<Problem> warnings) {
    var reasons = new LinkedHashSet<String>();
    content.sources().forEach(value -> resolved.unavailable(value).ifPresent(reasons::add));
    if (reasons.isEmpty() && content instanceof SecretContent.Htpasswd htpasswd) {
      for (var user : htpasswd.users().entrySet()) {
        var password = resolved.credential(user.getValue()).orElseThrow();
        int length = password.length;
        Arrays.fill(password, (byte) 0);
        if (length > SecretsRenderer.MAX_PASSWORD_BYTES) {
          reasons.add("the password of user " + user.getKey() + " from " + user.getValue().source() + " has "
              + length + " bytes; bcrypt hashes at most " + SecretsRenderer.MAX_PASSWORD_BYTES);
          break;
        }
      }
    }
    for (String reason : reasons) {
      warnings.add(Problem.warning(Checks.SECRET_UNAVAILABLE, secret.path().field("key " + key),
              reason + "; Secret " + secret.name() + " is left out of the secrets output")
          .hint("supply the source before generating, or allow(\"" + Checks.SECRET_UNAVAILABLE
              + "\", reason) where the Secret is created another way"));
    }
  }

  private static List<Secret> secrets(Cluster cluster) {
    var secrets = new ArrayList<Secret>();
    for (Namespace namespace : cluster.namespaces()) {
      secrets.addAll(namespace.secrets());
    }
    return secrets;
  }
}
