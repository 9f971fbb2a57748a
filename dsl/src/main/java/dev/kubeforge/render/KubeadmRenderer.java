package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.check.Checks;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.check.Problem;
import dev.kubeforge.kubeadm.config.ConfigDocument;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.SecretResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a cluster's kubeadm configuration: {@code <cluster>/kubeadm/<node>.yaml} for every node
 * (the file {@code kubeadm init --config} or {@code kubeadm join --config} reads there), and
 * {@code reset.yaml} and {@code upgrade.yaml} when the definition configures those commands. Files that
 * hold a secret carry placeholders named in their header; with a source of secret values, their complete
 * form goes to the secrets tree under the same path.
 */
public final class KubeadmRenderer {

  private final String source;

  /** A renderer whose files name {@code source} (the definition class) in their header. */
  public KubeadmRenderer(String source) {
    this.source = source;
  }

  /**
   * Renders the reviewable files into {@code tree} and, when {@code resolver} is given, the complete
   * form of each file that holds a secret into {@code secrets}. Returns a {@code secret-unavailable}
   * warning for each value the resolver cannot read; that file is left out of the secrets output.
   */
  public List<Problem> render(Cluster cluster, FileTree.Builder tree, SecretResolver resolver,
      FileTree.Builder secrets) {
    var problems = new ArrayList<Problem>();
    if (cluster.kubeadm().isEmpty()) {
      return problems;
    }
    var kubeadm = cluster.kubeadm().get();
    var root = cluster.name() + "/kubeadm/";
    for (NodeConfig node : kubeadm.nodes()) {
      write(root + node.node().name() + ".yaml", node.path().field("kubeadm"), kubeadm.documents(node), tree,
          resolver, secrets, problems);
    }
    kubeadm.resetConfiguration().ifPresent(reset ->
        write(root + "reset.yaml", kubeadm.path(), List.of(reset), tree, resolver, secrets, problems));
    kubeadm.upgradeConfiguration().ifPresent(upgrade ->
        write(root + "upgrade.yaml", kubeadm.path(), List.of(upgrade), tree, resolver, secrets, problems));
    return problems;
  }

  private void write(String path, ObjectPath where, List<ConfigDocument> documents, FileTree.Builder tree,
      SecretResolver resolver, FileTree.Builder secrets, List<Problem> problems) {
    var placeholders = SecretText.placeholders();
    tree.add(path, text(documents, placeholders));
    if (placeholders.any() && resolver != null) {
      var values = SecretText.values(resolver);
      var text = text(documents, values);
      if (values.unavailable().isEmpty()) {
        secrets.add(path, text);
      }
      values.unavailable().forEach(reason -> problems.add(unavailable(where, reason, path)));
    }
  }

  /** A {@code secret-unavailable} warning: {@code path} stays out of the secrets output. */
  static Problem unavailable(ObjectPath where, String reason, String path) {
    return Problem.warning(Checks.SECRET_UNAVAILABLE, where, reason + "; " + path + " is left out of the secrets output")
        .hint("supply the source before generating, or allow(\"" + Checks.SECRET_UNAVAILABLE
            + "\", reason) where the node is set up another way");
  }

  /** One node's file as cloud-init writes it onto the node, with secrets as {@code secrets} says. */
  static String nodeFile(Kubeadm kubeadm, NodeConfig node, SecretText secrets) {
    return documents(kubeadm.documents(node), secrets);
  }

  private String text(List<ConfigDocument> documents, SecretText secrets) {
    var body = documents(documents, secrets);
    return (secrets.placeholding() ? Headers.yaml(source) : Headers.secretYaml(source)) + secrets.header()
        + body;
  }

  /** The documents as one YAML stream, separated by {@code ---}. */
  private static String documents(List<ConfigDocument> documents, SecretText secrets) {
    var out = new StringBuilder(4096);
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.append("---\n");
      }
      YamlWriter.writeDocument(ConfigTree.of(documents.get(i), secrets), out);
    }
    return out.toString();
  }
}
