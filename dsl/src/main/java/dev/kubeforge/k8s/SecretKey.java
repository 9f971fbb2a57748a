package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * A typed reference to one key of a Secret declared in the definition. Obtained from
 * {@code secret.key("password")}, so it always names a key the Secret has. It carries no value.
 *
 * @param namespace the Secret's namespace
 * @param secret the Secret's name
 * @param key the key
 */
public record SecretKey(String namespace, String secret, String key) {

  public SecretKey {
    requireNonNull(namespace, "namespace");
    requireNonNull(secret, "secret");
    requireNonNull(key, "key");
  }

  /** The whole Secret this key belongs to. */
  public SecretRef secretRef() {
    return new SecretRef(namespace, secret);
  }

  /** The key as an env var's {@code valueFrom.secretKeyRef}, not optional. */
  public SecretKeySelector selector() {
    var selector = new SecretKeySelector();
    selector.setName(secret);
    selector.setKey(key);
    return selector;
  }
}
