package dev.kubeforge.kubeadm.config;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A block of a kubeadm, kubelet or kube-proxy configuration file, such as {@link Networking} or
 * {@link KubeletConfiguration}. Every upstream field is a method pair: {@code podSubnet("10.244.0.0/16")}
 * sets it, {@code podSubnet()} reads it ({@code null} while unset). Unset fields are left out of the
 * file, so kubeadm's and the components' own defaults apply.
 *
 * <p>The subclasses are generated from {@code dsl/src/codegen/config-api.yaml} into
 * {@code dsl/src/generated/java}; this class, {@link ConfigDocument} and {@link ConfigEnum} are the
 * hand-written types they build on. A block is mutable
 * while its cluster is being defined; the cluster keeps a frozen copy, which throws
 * {@link IllegalStateException} on any change.
 */
public abstract class ConfigObject {

  private String frozenBy;

  ConfigObject() {}

  /**
   * The fields that are set, by their upstream (JSON) name, in upstream order. Values are
   * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double},
   * {@link java.time.Duration}, {@link java.time.Instant}, {@link ConfigEnum}, a shared enum of
   * {@code dev.kubeforge.core} ({@link dev.kubeforge.core.CgroupDriver},
   * {@link dev.kubeforge.core.HostPathType}, {@link dev.kubeforge.core.PullPolicy}),
   * {@link dev.kubeforge.secret.SecretValue}, fabric8's {@link Taint} and {@link EnvVar}, another
   * {@code ConfigObject}, or a {@code List} or sorted {@code Map} of those. The map is a snapshot.
   */
  public abstract Map<String, Object> fields();

  /** A deep, mutable copy. */
  public abstract ConfigObject copy();

  /** Whether this block belongs to a built cluster and can no longer change. */
  public final boolean isFrozen() {
    return frozenBy != null;
  }

  /**
   * Freezes this block and every block below it; {@code owner} names the built model in errors. The
   * kubeadm layer calls it on the copies a built cluster keeps; a frozen block never thaws.
   */
  public final void freeze(String owner) {
    frozenBy = owner;
    for (Object value : fields().values()) {
      freezeValue(value, owner);
    }
  }

  private static void freezeValue(Object value, String owner) {
    if (value instanceof ConfigObject block) {
      block.freeze(owner);
    } else if (value instanceof List<?> list) {
      list.forEach(item -> freezeValue(item, owner));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> freezeValue(item, owner));
    }
  }

  /** Throws {@link IllegalStateException} once the block is frozen; every setter calls it first. */
  final void checkMutable() {
    if (frozenBy != null) {
      throw new IllegalStateException(frozenBy + " is already built");
    }
  }

  static void put(Map<String, Object> fields, String name, Object value) {
    if (value instanceof List<?> list) {
      fields.put(name, List.copyOf(list));
    } else if (value instanceof Map<?, ?> map) {
      fields.put(name, java.util.Collections.unmodifiableMap(new TreeMap<>(map)));
    } else if (value != null) {
      fields.put(name, value);
    }
  }

  static <T> List<T> copyList(List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }

  static <K, V> TreeMap<K, V> copyMap(Map<K, V> map) {
    return map == null ? null : new TreeMap<>(map);
  }

  static TreeMap<String, List<String>> copyListMap(Map<String, List<String>> map) {
    if (map == null) {
      return null;
    }
    var copy = new TreeMap<String, List<String>>();
    map.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  static <T extends ConfigObject> List<T> copyBlocks(List<T> list) {
    if (list == null) {
      return null;
    }
    var copy = new ArrayList<T>(list.size());
    for (T item : list) {
      copy.add((T) item.copy());
    }
    return copy;
  }

  static List<Taint> copyTaints(List<Taint> list) {
    if (list == null) {
      return null;
    }
    var copy = new ArrayList<Taint>(list.size());
    for (Taint taint : list) {
      copy.add(copyOf(taint));
    }
    return copy;
  }

  /** A copy of {@code taint}, which a definition may still hold and change. */
  static Taint copyOf(Taint taint) {
    return new TaintBuilder(taint).build();
  }

  /** A deep copy of {@code env} (its {@code valueFrom} included), which a definition may still hold and change. */
  static EnvVar copyOf(EnvVar env) {
    return new EnvVarBuilder(env).build();
  }

  static List<EnvVar> copyEnvVars(List<EnvVar> list) {
    if (list == null) {
      return null;
    }
    var copy = new ArrayList<EnvVar>(list.size());
    for (EnvVar env : list) {
      copy.add(copyOf(env));
    }
    return copy;
  }

  static <T> List<T> readOnly(List<T> list) {
    return list == null ? null : java.util.Collections.unmodifiableList(list);
  }

  static <K, V> Map<K, V> readOnly(Map<K, V> map) {
    return map == null ? null : java.util.Collections.unmodifiableMap(map);
  }

  static int checkRange(String field, int value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }

  static long checkRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was " + value);
    }
    return value;
  }

  /** Blocks are equal when they are of the same class and set the same fields to equal values. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && fields().equals(((ConfigObject) o).fields());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), fields());
  }

  /** The class name and the fields that are set; secrets print their source, never a value. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + fields();
  }
}
