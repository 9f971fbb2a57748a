package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * Scratch space that lives as long as the pod: {@code EmptyDir.named("cache")}. Maps to
 * {@code volumes[].emptyDir}.
 *
 * @param volumeName the volume's name in the pod
 * @param sizeLimit {@code sizeLimit}, or {@code null} for none (the default)
 * @param memory whether the volume is a tmpfs in memory ({@code medium: Memory}) rather than node disk
 */
public record EmptyDir(String volumeName, Size sizeLimit, boolean memory) implements VolumeSource {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public EmptyDir {
    Names.requireDns1123Label("volume name", volumeName);
  }

  /** An empty directory on the node's disk, without a size limit. */
  public static EmptyDir named(String volumeName) {
    return new EmptyDir(volumeName, null, false);
  }

  /** Returns a copy limited to {@code limit} ({@code sizeLimit}). */
  public EmptyDir sizeLimit(Size limit) {
    return new EmptyDir(volumeName, java.util.Objects.requireNonNull(limit, "limit"), memory);
  }

  /** Returns a copy kept in memory ({@code medium: Memory}); it counts against the container's memory limit. */
  public EmptyDir inMemory() {
    return new EmptyDir(volumeName, sizeLimit, true);
  }

  void describe(Volume volume) {
    var source = new EmptyDirVolumeSource();
    if (memory) {
      source.setMedium("Memory");
    }
    if (sizeLimit != null) {
      source.setSizeLimit(new Quantity(sizeLimit.quantity()));
    }
    volume.setEmptyDir(source);
  }
}
