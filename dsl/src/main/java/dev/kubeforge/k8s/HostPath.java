package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.HostPathType;
import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * A file or directory of the node mounted into the pod, such as the Docker socket. Maps to
 * {@code volumes[].hostPath}. Reported by the {@code host-path-volume} warning: it ties the pod to the
 * node and can give it the node.
 *
 * @param volumeName the volume's name in the pod
 * @param path the absolute, normalized path on the node ({@code /}, or no {@code ..}, {@code //} or control
 *     character; a directory may end with {@code /})
 * @param type what must exist at {@code path}
 */
public record HostPath(String volumeName, String path, HostPathType type) implements VolumeSource {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public HostPath {
    Names.requireDns1123Label("volume name", volumeName);
    requireNonNull(path, "path");
    requireNonNull(type, "type");
    Names.requireAbsoluteDirectory("host path", path);
  }

  /** A host path checked to be of {@code type}. */
  public static HostPath of(String volumeName, String path, HostPathType type) {
    return new HostPath(volumeName, path, type);
  }

  /** An existing directory of the node ({@code type: Directory}). */
  public static HostPath directory(String volumeName, String path) {
    return new HostPath(volumeName, path, HostPathType.DIRECTORY);
  }

  /** An existing UNIX socket of the node ({@code type: Socket}), such as {@code /var/run/docker.sock}. */
  public static HostPath socket(String volumeName, String path) {
    return new HostPath(volumeName, path, HostPathType.SOCKET);
  }

  void describe(Volume volume) {
    var source = new HostPathVolumeSource();
    source.setPath(path);
    if (!type.value().isEmpty()) {
      source.setType(type.value());
    }
    volume.setHostPath(source);
  }
}
