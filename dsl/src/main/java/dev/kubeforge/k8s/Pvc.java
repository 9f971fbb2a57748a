package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * A typed reference to a PersistentVolumeClaim declared in the definition, for mounting into a pod.
 * Obtained from {@code namespace.pvc("data", size).ref()}. As an {@link ObjectVolume} it mounts into a
 * pod: {@code app.mount("/var/lib/mysql", pvc)}.
 *
 * @param namespace the claim's namespace
 * @param name the claim's name
 */
public record Pvc(String namespace, String name) implements ObjectVolume {

  public Pvc {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }

  /** The claim as a pod volume ({@code persistentVolumeClaim.claimName}). */
  public PersistentVolumeClaimVolumeSource volumeSource() {
    var source = new PersistentVolumeClaimVolumeSource();
    source.setClaimName(name);
    return source;
  }

  /**
   * The volume's name in a pod that mounts this: the PersistentVolumeClaim's name, which must then be a DNS-1123 label
   * (a name with dots cannot be mounted this way; mount it with {@code customize(..)}).
   */
  @Override
  public String volumeName() {
    return Names.requireDns1123Label("volume name (the PersistentVolumeClaim's name)", name);
  }

  /** Sets {@link #volumeSource()} on the pod's volume. */
  @Override
  public void describe(Volume volume) {
    volume.setPersistentVolumeClaim(volumeSource());
  }
}
