package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.time.Duration;

/**
 * A pod's permission to be scheduled onto (and stay on) nodes with a matching {@link Taint}. Maps to
 * {@code spec.tolerations[]}.
 *
 * @param key the taint key to match, or {@code null} to match every key (only with {@code exists})
 * @param exists whether any value matches ({@code operator: Exists}) rather than exactly {@code value}
 *     ({@code operator: Equal})
 * @param value the value to match with {@code Equal}; empty with {@code Exists}
 * @param effect the effect to match, or {@code null} for every effect
 * @param tolerationSeconds how long the pod stays on a node after a {@code NoExecute} taint appears, or
 *     {@code null} for ever
 */
public record Toleration(String key, boolean exists, String value, TaintEffect effect, Duration tolerationSeconds) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Toleration {
    requireNonNull(value, "value");
    if (key != null) {
      Names.requireLabelKey(key);
    } else if (!exists) {
      throw new IllegalArgumentException("a toleration without a key must use Exists");
    }
    if (exists && !value.isEmpty()) {
      throw new IllegalArgumentException("an Exists toleration has no value, was '" + value + "'");
    }
    if (tolerationSeconds != null && effect != TaintEffect.NO_EXECUTE) {
      throw new IllegalArgumentException("tolerationSeconds applies only to NoExecute tolerations");
    }
  }

  /** Tolerates taints with {@code key} and {@code effect}, whatever their value. */
  public static Toleration exists(String key, TaintEffect effect) {
    return new Toleration(requireNonNull(key, "key"), true, "", requireNonNull(effect, "effect"), null);
  }

  /** Tolerates taints with {@code key}, whatever their value and effect. */
  public static Toleration exists(String key) {
    return new Toleration(requireNonNull(key, "key"), true, "", null, null);
  }

  /** Tolerates taints with exactly {@code key=value} and {@code effect}. */
  public static Toleration equal(String key, String value, TaintEffect effect) {
    return new Toleration(requireNonNull(key, "key"), false, Names.requireLabelValue(key, value),
        requireNonNull(effect, "effect"), null);
  }

  /** Tolerates that taint exactly: its key, value and effect. */
  public static Toleration of(Taint taint) {
    return taint.value().isEmpty() ? exists(taint.key(), taint.effect()) : equal(taint.key(), taint.value(), taint.effect());
  }

  /** Tolerates every taint, as node-level daemons do ({@code operator: Exists} without a key). */
  public static Toleration everything() {
    return new Toleration(null, true, "", null, null);
  }

  /** Returns a copy that stays on a node only this long after a {@code NoExecute} taint appears. */
  public Toleration forDuration(Duration duration) {
    requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.getNano() != 0) {
      throw new IllegalArgumentException("tolerationSeconds must be whole seconds >= 0, was " + duration);
    }
    return new Toleration(key, exists, value, effect, duration);
  }

  io.fabric8.kubernetes.api.model.Toleration expand() {
    var toleration = new io.fabric8.kubernetes.api.model.Toleration();
    toleration.setKey(key);
    toleration.setOperator(exists ? "Exists" : "Equal");
    if (!exists) {
      toleration.setValue(value);
    }
    if (effect != null) {
      toleration.setEffect(effect.value());
    }
    if (tolerationSeconds != null) {
      toleration.setTolerationSeconds(tolerationSeconds.getSeconds());
    }
    return toleration;
  }
}
