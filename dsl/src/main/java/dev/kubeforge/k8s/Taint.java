package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;

/**
 * A taint on a node, which repels pods that do not tolerate it, such as kubeadm's
 * {@code node-role.kubernetes.io/control-plane:NoSchedule}.
 *
 * @param key the taint's key, a label key
 * @param value the taint's value, empty for none
 * @param effect what it does to pods that do not tolerate it
 */
public record Taint(String key, String value, TaintEffect effect) {

  /** kubeadm's taint on control-plane nodes. */
  public static final Taint CONTROL_PLANE =
      new Taint("node-role.kubernetes.io/control-plane", "", TaintEffect.NO_SCHEDULE);

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Taint {
    Names.requireLabelKey(key);
    Names.requireLabelValue(key, value);
    requireNonNull(effect, "effect");
  }

  /** A taint without a value. */
  public static Taint of(String key, TaintEffect effect) {
    return new Taint(key, "", effect);
  }

  /** A taint with a value. */
  public static Taint of(String key, String value, TaintEffect effect) {
    return new Taint(key, value, effect);
  }

  /** As Kubernetes prints it: {@code key=value:Effect}, or {@code key:Effect} without a value. */
  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.value();
  }
}
