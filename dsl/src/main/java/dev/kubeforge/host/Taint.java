package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

/**
 * A taint on a node: pods without a matching toleration are kept off it. Lands in the node's registration
 * ({@code nodeRegistration.taints} of kubeadm).
 *
 * @param key the taint's key, a qualified name such as {@code dedicated} or {@code example.com/gpu}
 * @param value the value, empty for none
 * @param effect the effect
 * @see <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/">Taints and tolerations</a>
 */
public record Taint(String key, String value, TaintEffect effect) {

  public Taint {
    NodeNames.key("taint key", key);
    NodeNames.value("taint value", value);
    requireNonNull(effect, "effect");
  }

  /** A taint with a key and an effect, without a value. */
  public static Taint of(String key, TaintEffect effect) {
    return new Taint(key, "", effect);
  }

  /** A taint with a key, a value and an effect. */
  public static Taint of(String key, String value, TaintEffect effect) {
    return new Taint(key, value, effect);
  }

  /** {@code key[=value]:Effect}, as {@code kubectl taint} writes it. */
  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.value();
  }
}
