package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.CSIVolumeSource;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A volume a CSI driver makes for the pod alone, such as a secrets-store or an inline SMB share:
 * {@code CsiVolume.of("secrets", "secrets-store.csi.k8s.io").attribute("secretProviderClass", "vault")}.
 * Maps to {@code volumes[].csi}; the driver must allow ephemeral inline volumes.
 *
 * @param volumeName the volume's name in the pod
 * @param driver {@code driver}, the CSI driver's name
 * @param fsType {@code fsType}, or {@code null} for the driver's default
 * @param mountedReadOnly {@code readOnly: true} for every container
 * @param attributes {@code volumeAttributes}: the driver's own settings, sorted
 * @param nodePublishSecret {@code nodePublishSecretRef}, a Secret of the pod's namespace, or {@code null}
 * @see <a href="https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#csi-ephemeral-volumes">CSI ephemeral volumes</a>
 */
public record CsiVolume(String volumeName, String driver, String fsType, boolean mountedReadOnly,
    SortedMap<String, String> attributes, SecretRef nodePublishSecret) implements VolumeSource {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public CsiVolume {
    Names.requireDns1123Label("volume name", volumeName);
    Names.requireDns1123Subdomain("CSI driver", driver);
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    attributes.forEach((key, value) -> Names.requireText("CSI volume attribute " + key, value));
  }

  /** A volume of {@code driver}, such as {@code secrets-store.csi.k8s.io}, without attributes. */
  public static CsiVolume of(String volumeName, String driver) {
    return new CsiVolume(volumeName, driver, null, false, new TreeMap<>(), null);
  }

  /** Returns a copy with a driver setting ({@code volumeAttributes}); replaces one of that key. */
  public CsiVolume attribute(String key, String value) {
    Names.requireText("CSI volume attribute key", key);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a CSI volume attribute key is not empty");
    }
    var all = new TreeMap<>(attributes);
    all.put(key, requireNonNull(value, "value"));
    return new CsiVolume(volumeName, driver, fsType, mountedReadOnly, all, nodePublishSecret);
  }

  /** Returns a copy with the file system to make ({@code fsType}), such as {@code ext4}. */
  public CsiVolume fsType(String fsType) {
    if (!requireNonNull(fsType, "fsType").matches("[a-z0-9]+")) {
      throw new IllegalArgumentException("not a file system type: '" + fsType + "' (such as ext4 or xfs)");
    }
    return new CsiVolume(volumeName, driver, fsType, mountedReadOnly, attributes, nodePublishSecret);
  }

  /** Returns a copy mounted read-only for every container ({@code readOnly: true}). */
  public CsiVolume readOnly() {
    return new CsiVolume(volumeName, driver, fsType, true, attributes, nodePublishSecret);
  }

  /** Returns a copy that hands the driver that Secret's keys when it mounts ({@code nodePublishSecretRef}). */
  public CsiVolume nodePublishSecret(SecretRef secret) {
    return new CsiVolume(volumeName, driver, fsType, mountedReadOnly, attributes, requireNonNull(secret, "secret"));
  }

  void describe(Volume volume) {
    volume.setCsi(new CSIVolumeSource(driver, fsType,
        nodePublishSecret == null ? null : new LocalObjectReference(nodePublishSecret.name()),
        mountedReadOnly ? Boolean.TRUE : null, attributes.isEmpty() ? null : new TreeMap<>(attributes)));
  }
}
