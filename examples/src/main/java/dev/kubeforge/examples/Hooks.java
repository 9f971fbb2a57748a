package dev.kubeforge.examples;

import dev.kubeforge.k8s.ClaimTemplate;
import dev.kubeforge.k8s.ClaimTemplateVolume;
import dev.kubeforge.k8s.ConfigMapKey;
import dev.kubeforge.k8s.ConfigMapRef;
import dev.kubeforge.k8s.KeyRef;
import dev.kubeforge.k8s.ObjectVolume;
import dev.kubeforge.k8s.Pvc;
import dev.kubeforge.k8s.SecretKey;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * Plugs the storage and config layers' typed references into the workload layer's hooks.
 *
 * <p>The workload layer mounts any {@link ObjectVolume} or {@link ClaimTemplateVolume} and reads env vars
 * from any {@link KeyRef}, and says the storage and config layers' references implement them; on main
 * they do not yet ({@link Pvc}, {@link ConfigMapRef}, {@link ConfigMapKey}, {@link SecretKey} and
 * {@link ClaimTemplate} are plain records). These adapters use only those public hooks, so the examples
 * mount claims and ConfigMaps and read Secrets through typed references, not fabric8 builders. Once the
 * references implement the hooks, each call here becomes the reference itself and this class goes.
 */
final class Hooks {

  private Hooks() {}

  /** A declared claim as a pod volume named after it ({@code persistentVolumeClaim.claimName}). */
  static ObjectVolume claim(Pvc claim) {
    return new ClaimVolume(claim);
  }

  /** A declared ConfigMap as a pod volume named after it: every key becomes a file. */
  static ObjectVolume configMap(ConfigMapRef configMap) {
    return new ConfigVolume(configMap.namespace(), configMap.name(), configMap.volumeSource());
  }

  /**
   * A ConfigMap volume the DSL has already described, such as ingress-nginx's template volume
   * ({@code IngressNginx.templateVolume()}, which maps one key to {@code nginx.tmpl}).
   */
  static ObjectVolume configMap(String volumeName, ConfigMapKey key, ConfigMapVolumeSource source) {
    return new ConfigVolume(key.namespace(), volumeName, source);
  }

  /** A claim template: each StatefulSet pod gets its own claim, mounted by the template's name. */
  static ClaimTemplateVolume perPod(ClaimTemplate template) {
    return new PerPodClaim(template);
  }

  /** A key of a declared Secret, as an env var's {@code secretKeyRef}. */
  static KeyRef key(SecretKey key) {
    return new Key(key.namespace(), key.secret(), key.key(), true);
  }

  /** A key of a declared ConfigMap, as an env var's {@code configMapKeyRef}. */
  static KeyRef key(ConfigMapKey key) {
    return new Key(key.namespace(), key.configMap(), key.key(), false);
  }

  private record ClaimVolume(Pvc claim) implements ObjectVolume {
    @Override
    public String volumeName() {
      return claim.name();
    }

    @Override
    public String namespace() {
      return claim.namespace();
    }

    @Override
    public void describe(Volume volume) {
      volume.setPersistentVolumeClaim(claim.volumeSource());
    }
  }

  private record ConfigVolume(String namespace, String volumeName, ConfigMapVolumeSource source)
      implements ObjectVolume {
    @Override
    public void describe(Volume volume) {
      volume.setConfigMap(source);
    }
  }

  private record PerPodClaim(ClaimTemplate template) implements ClaimTemplateVolume {
    @Override
    public String volumeName() {
      return template.name();
    }

    @Override
    public PersistentVolumeClaim claimTemplate() {
      return template.persistentVolumeClaim();
    }
  }

  private record Key(String namespace, String objectName, String key, boolean secret) implements KeyRef {}
}
