package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * A volume backed by an object of the cluster: a PersistentVolumeClaim, a ConfigMap or a Secret.
 *
 * <p>This is the hook of the storage and config layers: their typed references implement it, so
 * {@code app.mount("/var/lib/mysql", pvc)} works without the workload layer knowing those constructs.
 */
public non-sealed interface ObjectVolume extends VolumeSource {

  /** The namespace of the backing object; a pod mounts only its own namespace's objects. */
  String namespace();

  /** The backing object's {@code metadata.name}. */
  String name();

  /** The backing object's kind, as messages name it: {@code PersistentVolumeClaim}, {@code ConfigMap} or {@code Secret}. */
  String kind();

  /**
   * The volume's name in a pod that mounts this: the object's name, which must then be a DNS-1123 label
   * (a name with dots cannot be mounted this way; mount it with {@code customize(..)}).
   */
  @Override
  default String volumeName() {
    return Names.requireDns1123Label("volume name (the " + kind() + "'s name)", name());
  }

  /**
   * Sets this source on the pod's volume, whose {@code name} is already set: {@code persistentVolumeClaim},
   * {@code configMap} or {@code secret}. Called once per pod during expansion.
   */
  void describe(Volume volume);
}
