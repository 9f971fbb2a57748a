package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ConfigMap or Secret mounted with options: only some keys, at chosen paths and modes, a default mode,
 * or optional: {@code app.mountReadOnly("/etc/tls", KeyVolume.of(secret.ref()).item("tls.key", "server.key",
 * FileMode.of(0400)))}. Maps to {@code volumes[].configMap} or {@code volumes[].secret}; without options,
 * mount the reference itself.
 *
 * @param object the ConfigMap or Secret, a {@link ConfigMapRef} or {@link SecretRef}
 * @param items {@code items[]}: the keys projected, by key; empty projects every key as a file of its name
 * @param defaultMode {@code defaultMode} of the files, or {@code null} for Kubernetes' {@code 0644}
 * @param missingAllowed {@code optional: true}: the pod starts even when the object or a key is missing
 */
public record KeyVolume(ObjectVolume object, SortedMap<String, KeyVolume.Item> items, FileMode defaultMode,
    boolean missingAllowed) implements ObjectVolume, ProjectedVolume.Source {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public KeyVolume {
    requireNonNull(object, "object");
    if (!(object instanceof ConfigMapRef || object instanceof SecretRef)) {
      throw new IllegalArgumentException("a key volume projects a ConfigMap or a Secret, not " + object);
    }
    items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
  }

  /** Every key of the ConfigMap, until {@link #item} chooses some. */
  public static KeyVolume of(ConfigMapRef configMap) {
    return new KeyVolume(configMap, new TreeMap<>(), null, false);
  }

  /** Every key of the Secret, until {@link #item} chooses some. */
  public static KeyVolume of(SecretRef secret) {
    return new KeyVolume(secret, new TreeMap<>(), null, false);
  }

  /**
   * Returns a copy that projects {@code key} as the file {@code path}, relative without {@code ..}
   * ({@code items[]}); only the keys given so are projected. Replaces a previous item of that key.
   */
  public KeyVolume item(String key, String path) {
    return plusItem(key, new Item(path, null));
  }

  /** As {@link #item(String, String)}, with the file's mode ({@code items[].mode}). */
  public KeyVolume item(String key, String path, FileMode mode) {
    return plusItem(key, new Item(path, requireNonNull(mode, "mode")));
  }

  /** Returns a copy with the files' {@code defaultMode}. Defaults to Kubernetes' {@code 0644}. */
  public KeyVolume defaultMode(FileMode mode) {
    return new KeyVolume(object, items, requireNonNull(mode, "mode"), missingAllowed);
  }

  /** Returns a copy the pod may start without ({@code optional: true}): a missing object or key gives no file. */
  public KeyVolume optional() {
    return new KeyVolume(object, items, defaultMode, true);
  }

  @Override
  public String namespace() {
    return object.namespace();
  }

  @Override
  public String name() {
    return object.name();
  }

  @Override
  public String kind() {
    return object.kind();
  }

  /** Sets {@code configMap} or {@code secret} with the options on the pod's volume. */
  @Override
  public void describe(Volume volume) {
    var mode = defaultMode == null ? null : defaultMode.bits();
    if (object instanceof SecretRef) {
      var source = new SecretVolumeSource();
      source.setSecretName(name());
      source.setItems(keyToPaths());
      source.setDefaultMode(mode);
      source.setOptional(missingAllowed ? Boolean.TRUE : null);
      volume.setSecret(source);
    } else {
      var source = new ConfigMapVolumeSource();
      source.setName(name());
      source.setItems(keyToPaths());
      source.setDefaultMode(mode);
      source.setOptional(missingAllowed ? Boolean.TRUE : null);
      volume.setConfigMap(source);
    }
  }

  /** The items, as {@code items[]} of a volume or projection. */
  List<KeyToPath> keyToPaths() {
    var list = new ArrayList<KeyToPath>(items.size());
    items.forEach((key, item) -> {
      var path = new KeyToPath();
      path.setKey(key);
      path.setPath(item.path());
      path.setMode(item.mode() == null ? null : item.mode().bits());
      list.add(path);
    });
    return list;
  }

  private KeyVolume plusItem(String key, Item item) {
    Names.requireConfigKey("key", key);
    var all = new TreeMap<>(items);
    all.put(key, item);
    return new KeyVolume(object, all, defaultMode, missingAllowed);
  }

  /**
   * A key projected as a file.
   *
   * @param path the file, relative to the mount, without {@code ..}
   * @param mode the file's mode, or {@code null} for the volume's default
   */
  public record Item(String path, FileMode mode) {

    /** Checks the path; an absolute path or one with {@code ..} throws {@link IllegalArgumentException}. */
    public Item {
      relativePath(path);
    }
  }

  /** Returns {@code path} when it is relative and without {@code ..}, as projected files are, or throws. */
  static String relativePath(String path) {
    requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || List.of(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("a projected file's path is relative without '..', was '" + path + "'");
    }
    return path;
  }
}
