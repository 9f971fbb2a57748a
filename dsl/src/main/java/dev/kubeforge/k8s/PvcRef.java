package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

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
public record PvcRef(String namespace, String name) implements ObjectVolume {

  public PvcRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }

  /** The claim as a pod volume ({@code persistentVolumeClaim.claimName}). */
  public PersistentVolumeClaimVolumeSource volumeSource() {
    var source = new PersistentVolumeClaimVolumeSource();
    source.setClaimName(name);
    return source;
  }

  /** Always {@code PersistentVolumeClaim}. */
  @Override
  public String kind() {
    return "PersistentVolumeClaim";
  }

  /** Sets {@link #volumeSource()} on the pod's volume. */
  @Override
  public void describe(Volume volume) {
    volume.setPersistentVolumeClaim(volumeSource());
  }
}
