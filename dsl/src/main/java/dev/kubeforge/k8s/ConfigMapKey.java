package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;

/**
 * A typed reference to one key of a ConfigMap declared in the definition. Obtained from
 * {@code configMap.key("nginx.tmpl")}, so it always names a key the ConfigMap has. As a {@link KeyRef}
 * it is an environment variable's source: {@code app.env("MODE", configMap.key("mode"))}.
 *
 * @param namespace the ConfigMap's namespace
 * @param objectName the ConfigMap's name
 * @param key the key
 */
public record ConfigMapKey(String namespace, String objectName, String key) implements KeyRef {

  public ConfigMapKey {
    requireNonNull(namespace, "namespace");
    requireNonNull(objectName, "objectName");
    requireNonNull(key, "key");
  }

  /** Always false: the key is in a ConfigMap ({@code configMapKeyRef}). */
  @Override
  public boolean secret() {
    return false;
  }

  /** The whole ConfigMap this key belongs to. */
  public ConfigMapRef configMapRef() {
    return new ConfigMapRef(namespace, objectName);
  }

  /** The key as an env var's {@code valueFrom.configMapKeyRef}, not optional. */
  public ConfigMapKeySelector selector() {
    var selector = new ConfigMapKeySelector();
    selector.setName(objectName);
    selector.setKey(key);
    return selector;
  }
}
