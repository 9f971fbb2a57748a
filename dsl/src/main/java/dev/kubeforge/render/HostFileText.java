package dev.kubeforge.render;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.host.HostProfile;
import java.util.function.BiConsumer;

/**
 * The planned host files of a cluster as text, whichever renderer owns their format: the host tree
 * writes them under {@code <cluster>/hosts/<profile>/}, the forms of user-data onto the nodes.
 */
final class HostFileText {

  private HostFileText() {}

  /** Calls {@code action} with each host file of each profile and its path in the tree. */
  static void forEach(Cluster cluster, BiConsumer<String, HostFile> action) {
    for (HostProfile profile : cluster.hostProfiles()) {
      var folder = cluster.name() + "/hosts/" + profile.name() + "/";
      for (HostFile file : cluster.hostFiles(profile)) {
        action.accept(folder + file.path(), file);
      }
    }
  }

  /** The file's text, with the header naming {@code source} where its syntax has comments. */
  static String of(String source, HostFile file) {
    var content = file.content();
    if (content instanceof HostFile.DockerConfig docker) {
      return DaemonJsonRenderer.json(docker.docker());
    } else if (content instanceof HostFile.ContainerdConfig containerd) {
      return Headers.yaml(source) + ContainerdTomlRenderer.toml(containerd.containerd());
    }
    var text = SystemdUnitRenderer.text(Headers.yaml(source), content);
    return text != null ? text
        : requireNonNull(SysctlRenderer.text(Headers.yaml(source), content), () -> "no renderer writes " + content);
  }
}
