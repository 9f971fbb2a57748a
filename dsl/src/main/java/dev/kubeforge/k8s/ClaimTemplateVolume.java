package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;

/**
 * A volume claim template of a StatefulSet: each pod gets its own PersistentVolumeClaim made from it.
 * Mounting one in a {@code statefulApp} adds it to {@code spec.volumeClaimTemplates}; other workloads
 * reject it.
 *
 * <p>This is the hook of the storage layer: its claim template construct implements it.
 */
public non-sealed interface ClaimTemplateVolume extends VolumeSource {

  /**
   * The claim template as written to {@code spec.volumeClaimTemplates[]}; its {@code metadata.name} must
   * be {@link #volumeName()}. Called once per StatefulSet during expansion.
   */
  PersistentVolumeClaim claimTemplate();
}
