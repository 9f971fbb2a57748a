package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource;

/**
 * A typed reference to a PersistentVolumeClaim declared in the definition, for mounting into a pod.
 * Obtained from {@code namespace.pvc("data", size).ref()}.
 *
 * @param namespace the claim's namespace
 * @param name the claim's name
 */
public record Pvc(String namespace, String name) {

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
}
