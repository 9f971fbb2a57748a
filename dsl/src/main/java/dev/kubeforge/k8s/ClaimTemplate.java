package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A volume claim template: the claim a StatefulSet creates for each of its pods ({@code
 * spec.volumeClaimTemplates[]}), and the spec a standalone claim ({@code namespace.pvc(..)}) is built
 * from. As a {@link ClaimTemplateVolume} it mounts into a {@code statefulApp}, which adds it to its
 * {@code volumeClaimTemplates}; a StatefulSet added as is takes {@link #persistentVolumeClaim()}.
 *
 * <pre>{@code
 * var data = ClaimTemplate.named("data", Size.gib(10)).storageClass(nfs.ref());
 * db.statefulApp("mysql").mount("/var/lib/mysql", data);
 * }</pre>
 *
 * @param name the claim's name (for a StatefulSet: the volume name containers mount)
 * @param size the storage requested ({@code resources.requests.storage})
 * @param accessModes the access modes, in order
 * @param storageClass the StorageClass's name; {@code null} for the cluster's default class; empty for
 *     no class (static volumes only)
 * @param persistentVolume a PersistentVolume to bind to ({@code spec.volumeName}), or {@code null}
 * @param labels the claim's labels, sorted
 */
public record ClaimTemplate(
    String name,
    Size size,
    List<AccessMode> accessModes,
    String storageClass,
    String persistentVolume,
    SortedMap<String, String> labels) implements ClaimTemplateVolume {

  public ClaimTemplate {
    Names.requireDns1123Subdomain("claim name", name);
    requireNonNull(size, "size");
    if (size.bytes() == 0) {
      throw new IllegalArgumentException("claim " + name + " must request more than 0 bytes");
    }
    accessModes = List.copyOf(accessModes);
    if (accessModes.isEmpty()) {
      throw new IllegalArgumentException("claim " + name + " needs at least one access mode");
    }
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * A claim template for {@code size}, access mode {@code ReadWriteOnce}, on the cluster's default
   * StorageClass.
   */
  public static ClaimTemplate named(String name, Size size) {
    return new ClaimTemplate(name, size, List.of(AccessMode.READ_WRITE_ONCE), null, null, new TreeMap<>());
  }

  /** Returns a copy with these access modes ({@code spec.accessModes}). Defaults to ReadWriteOnce. Replaces. */
  public ClaimTemplate accessModes(AccessMode... modes) {
    return new ClaimTemplate(name, size, List.of(modes), storageClass, persistentVolume, labels);
  }

  /**
   * Returns a copy provisioned by {@code storageClass} ({@code spec.storageClassName}). Defaults to the
   * cluster's default class.
   */
  public ClaimTemplate storageClass(StorageClassRef storageClass) {
    return new ClaimTemplate(name, size, accessModes, requireNonNull(storageClass, "storageClass").name(),
        persistentVolume, labels);
  }

  /**
   * Returns a copy bound to a PersistentVolume declared in the definition ({@code spec.volumeName}).
   * Without a StorageClass set, it also sets {@code storageClassName: ""} so the default class does not
   * provision a new volume instead.
   */
  public ClaimTemplate volume(PersistentVolumeRef volume) {
    requireNonNull(volume, "volume");
    return new ClaimTemplate(name, size, accessModes, storageClass == null ? "" : storageClass, volume.name(), labels);
  }

  /** Returns a copy with a label on the claim. Replaces a label of the same key. */
  public ClaimTemplate label(String key, String value) {
    var copy = new TreeMap<>(labels);
    copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new ClaimTemplate(name, size, accessModes, storageClass, persistentVolume, copy);
  }

  /**
   * The volume's name in the StatefulSet's pods: the claim's {@link #name()}, which must then be a
   * DNS-1123 label.
   */
  @Override
  public String volumeName() {
    return Names.requireDns1123Label("volume name (the claim template's name)", name);
  }

  /** The same as {@link #persistentVolumeClaim()}. */
  @Override
  public PersistentVolumeClaim claimTemplate() {
    return persistentVolumeClaim();
  }

  /** The claim, without a namespace (a StatefulSet's template takes the StatefulSet's). */
  public PersistentVolumeClaim persistentVolumeClaim() {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    if (!labels.isEmpty()) {
      metadata.setLabels(new TreeMap<>(labels));
    }
    var resources = new VolumeResourceRequirements();
    resources.setRequests(new TreeMap<>(Map.of("storage", new Quantity(size.quantity()))));
    var spec = new PersistentVolumeClaimSpec();
    var modes = new ArrayList<String>(accessModes.size());
    accessModes.forEach(mode -> modes.add(mode.value()));
    spec.setAccessModes(modes);
    spec.setResources(resources);
    spec.setStorageClassName(storageClass);
    spec.setVolumeName(persistentVolume);
    var claim = new PersistentVolumeClaim();
    claim.setMetadata(metadata);
    claim.setSpec(spec);
    return claim;
  }
}
