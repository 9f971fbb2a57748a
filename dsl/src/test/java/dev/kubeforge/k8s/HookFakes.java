package dev.kubeforge.k8s;

import dev.kubeforge.Size;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stand-ins for the config and storage layers' references, written the way those layers plug into
 * {@link KeyRef}, {@link ObjectVolume} and {@link ClaimTemplateVolume}.
 */
final class HookFakes {

  private HookFakes() {}

  /** A key of a Secret. */
  record SecretKey(String namespace, String objectName, String key) implements KeyRef {
    @Override
    public boolean secret() {
      return true;
    }
  }

  /** A key of a ConfigMap. */
  record ConfigKey(String namespace, String objectName, String key) implements KeyRef {
    @Override
    public boolean secret() {
      return false;
    }
  }

  /** A ConfigMap mounted as a volume named after it. */
  record ConfigVolume(String namespace, String volumeName) implements ObjectVolume {
    @Override
    public void describe(io.fabric8.kubernetes.api.model.Volume volume) {
      var source = new ConfigMapVolumeSource();
      source.setName(volumeName);
      volume.setConfigMap(source);
    }
  }

  /** A claim template: ReadWriteOnce, of a storage class and size. */
  record ClaimTemplate(String volumeName, String storageClass, Size size) implements ClaimTemplateVolume {
    @Override
    public PersistentVolumeClaim claimTemplate() {
      var metadata = new ObjectMeta();
      metadata.setName(volumeName);
      var resources = new VolumeResourceRequirements();
      resources.setRequests(new TreeMap<>(Map.of("storage", new Quantity(size.quantity()))));
      var spec = new PersistentVolumeClaimSpec();
      spec.setAccessModes(new ArrayList<>(List.of("ReadWriteOnce")));
      spec.setStorageClassName(storageClass);
      spec.setResources(resources);
      var claim = new PersistentVolumeClaim();
      claim.setMetadata(metadata);
      claim.setSpec(spec);
      return claim;
    }
  }
}
