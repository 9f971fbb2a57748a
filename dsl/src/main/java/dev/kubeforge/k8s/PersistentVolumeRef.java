package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a PersistentVolume declared in the definition, to bind a claim to it statically.
 * Obtained from {@code persistentVolume.ref()}.
 *
 * @param name the volume's name
 */
public record PersistentVolumeRef(String name) {

  public PersistentVolumeRef {
    requireNonNull(name, "name");
  }
}
