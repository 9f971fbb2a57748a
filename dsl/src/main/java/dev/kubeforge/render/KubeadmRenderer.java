package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.ConfigDocument;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.List;

/**
 * Renders a cluster's kubeadm configuration: {@code <cluster>/kubeadm/<node>.yaml} for every node
 * (the file {@code kubeadm init --config} or {@code kubeadm join --config} reads there), and
 * {@code reset.yaml} and {@code upgrade.yaml} when the definition configures those commands. Files that
 * hold a secret carry placeholders named in their header; when the generation read secrets, the complete
 * form of each goes to the secrets tree under the same path, unless one of its values is unavailable.
 */
public final class KubeadmRenderer implements Renderer {

  /** The file of a node's configuration, or of {@code reset} or {@code upgrade}, in either tree. */
  public static String path(Cluster cluster, String file) {
    return cluster.name() + "/kubeadm/" + file + ".yaml";
  }

  /** Renders the reviewable files and, when secrets were read, the complete form of those holding one. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    if (cluster.kubeadm().isEmpty()) {
      return;
    }
    var kubeadm = cluster.kubeadm().get();
    for (NodeConfig node : kubeadm.nodes()) {
      write(path(cluster, node.node().name()), kubeadm.documents(node), context);
    }
    kubeadm.resetConfiguration().ifPresent(reset -> write(path(cluster, "reset"), List.of(reset), context));
    kubeadm.upgradeConfiguration().ifPresent(upgrade -> write(path(cluster, "upgrade"), List.of(upgrade), context));
  }

  private static void write(String path, List<ConfigDocument> documents, RenderContext context) {
    var placeholders = SecretText.placeholders();
    context.files().add(path, text(context.source(), documents, placeholders));
    if (placeholders.any() && context.secrets().isRead()) {
      var values = SecretText.values(context.secrets());
      var text = text(context.source(), documents, values);
      if (values.complete()) {
        context.secretFiles().add(path, text);
      }
    }
  }

  private static String text(String source, List<ConfigDocument> documents, SecretText secrets) {
    var body = documents(documents, secrets);
    return (secrets.placeholding() ? Headers.yaml(source) : Headers.secretYaml(source)) + secrets.header()
        + body;
  }

  /**
   * The documents as one YAML stream, separated by {@code ---}, with secrets as {@code secrets} says; also
   * a node's file as cloud-init writes it onto the node.
   */
  static String documents(List<ConfigDocument> documents, SecretText secrets) {
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
