package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * A typed reference to a ConfigMap declared in the definition, for {@code envFrom} and volumes.
 * Obtained from {@code configMap.ref()}. As an {@link ObjectVolume} it mounts into a pod:
 * {@code app.mountReadOnly("/etc/app", configMap.ref())}.
 *
 * @param namespace the ConfigMap's namespace
 * @param name the ConfigMap's name
 */
public record ConfigMapRef(String namespace, String name) implements ObjectVolume {

  public ConfigMapRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }

  /** The ConfigMap as a pod volume: every key becomes a file of that name. */
  public ConfigMapVolumeSource volumeSource() {
    var source = new ConfigMapVolumeSource();
    source.setName(name);
    return source;
  }

  /** Always {@code ConfigMap}. */
  @Override
  public String kind() {
    return "ConfigMap";
  }

  /** Sets {@link #volumeSource()} on the pod's volume. */
  @Override
  public void describe(Volume volume) {
    volume.setConfigMap(volumeSource());
  }
}
