package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * A typed reference to one key of a Secret declared in the definition. Obtained from
 * {@code secret.key("password")}, so it always names a key the Secret has. It carries no value. As a
 * {@link KeyRef} it is an environment variable's source: {@code app.env("DB_PASSWORD", secret.key("password"))}.
 *
 * @param namespace the Secret's namespace
 * @param objectName the Secret's name
 * @param key the key
 */
public record SecretKey(String namespace, String objectName, String key) implements KeyRef {

  public SecretKey {
    requireNonNull(namespace, "namespace");
    requireNonNull(objectName, "objectName");
    requireNonNull(key, "key");
  }

  /** Always true: the key is in a Secret ({@code secretKeyRef}). */
  @Override
  public boolean secret() {
    return true;
  }

  /** The whole Secret this key belongs to. */
  public SecretRef secretRef() {
    return new SecretRef(namespace, objectName);
  }

  /** The key as an env var's {@code valueFrom.secretKeyRef}, not optional. */
  public SecretKeySelector selector() {
    var selector = new SecretKeySelector();
    selector.setName(objectName);
    selector.setKey(key);
    return selector;
  }
}
