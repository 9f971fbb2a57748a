package dev.kubeforge.render;

import dev.kubeforge.Cluster;
import dev.kubeforge.kubeadm.ConfigDocument;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.SecretValue;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a cluster's kubeadm configuration: {@code <cluster>/kubeadm/<node>.yaml} for every node
 * (the file {@code kubeadm init --config} or {@code kubeadm join --config} reads there), and
 * {@code reset.yaml} and {@code upgrade.yaml} when the definition configures those commands. Files that
 * hold a secret carry placeholders named in their header; with a source of secret values, their complete
 * form goes to the secrets tree under the same path.
 */
public final class KubeadmRenderer {

  private final String header;

  /** A renderer whose files name {@code source} (the definition class) in their header. */
  public KubeadmRenderer(String source) {
    this.header = Headers.yaml(source);
  }

  /** Renders the reviewable files only; secrets become placeholders. */
  public void render(Cluster cluster, FileTree.Builder tree) {
    render(cluster, tree, null, null);
  }

  /**
   * Renders the reviewable files into {@code tree} and, for each file that holds a secret, its complete
   * form into {@code secrets}, with the values {@code values} returns.
   */
  public void render(Cluster cluster, FileTree.Builder tree, FileTree.Builder secrets,
      Function<SecretValue, String> values) {
    if (cluster.kubeadm().isEmpty()) {
      return;
    }
    var kubeadm = cluster.kubeadm().get();
    var root = cluster.name() + "/kubeadm/";
    for (NodeConfig node : kubeadm.nodes()) {
      write(root + node.node().name() + ".yaml", kubeadm.documents(node), tree, secrets, values);
    }
    kubeadm.resetConfiguration().ifPresent(reset -> write(root + "reset.yaml", List.of(reset), tree, secrets, values));
    kubeadm.upgradeConfiguration().ifPresent(upgrade ->
        write(root + "upgrade.yaml", List.of(upgrade), tree, secrets, values));
  }

  private void write(String path, List<ConfigDocument> documents, FileTree.Builder tree, FileTree.Builder secrets,
      Function<SecretValue, String> values) {
    var placeholders = SecretText.placeholders();
    tree.add(path, text(documents, placeholders));
    if (placeholders.any() && secrets != null) {
      secrets.add(path, text(documents, SecretText.values(values)));
    }
  }

  /** One node's file as cloud-init writes it onto the node, with secrets as {@code secrets} says. */
  static String nodeFile(Kubeadm kubeadm, NodeConfig node, SecretText secrets) {
    return documents(kubeadm.documents(node), secrets);
  }

  private String text(List<ConfigDocument> documents, SecretText secrets) {
    var body = documents(documents, secrets);
    return header + secrets.header("this file") + body;
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
