package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.host.HostProfile;
import java.util.List;

/**
 * The planned host files of a cluster as text, whichever renderer owns their format: the host tree
 * writes them under {@code <cluster>/hosts/<profile>/}, the forms of user-data onto the nodes.
 */
final class HostFileText {

  private HostFileText() {}

  /** The text of a host file of one format, with {@code header} where the syntax has comments; {@code null} for other formats. */
  @FunctionalInterface
  interface Format {
    String text(String header, HostFile.Content content);
  }

  /** Each host format, by its renderer. */
  private static final List<Format> FORMATS = List.of(SystemdUnitRenderer::text, DaemonJsonRenderer::text,
      ContainerdTomlRenderer::text, SysctlRenderer::text);

  /** Adds each host file of each profile that {@code format} writes, at {@code <cluster>/hosts/<profile>/...}. */
  static void render(Cluster cluster, RenderContext context, Format format) {
    var header = Headers.yaml(context.source());
    for (HostProfile profile : cluster.hostProfiles()) {
      var folder = cluster.name() + "/hosts/" + profile.name() + "/";
      for (HostFile file : cluster.hostFiles(profile)) {
        var text = format.text(header, file.content());
        if (text != null) {
          context.files().add(folder + file.path(), text);
        }
      }
    }
  }

  /** The file's text, whichever format it has, with the header naming {@code source} where it has comments. */
  static String of(String source, HostFile file) {
    var header = Headers.yaml(source);
    for (Format format : FORMATS) {
      var text = format.text(header, file.content());
      if (text != null) {
        return text;
      }
    }
    throw new IllegalStateException("no renderer writes " + file.content());
  }
}
