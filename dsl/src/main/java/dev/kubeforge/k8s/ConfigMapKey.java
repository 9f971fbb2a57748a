package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;

/**
 * A typed reference to one key of a ConfigMap declared in the definition. Obtained from
 * {@code configMap.key("nginx.tmpl")}, so it always names a key the ConfigMap has.
 *
 * @param namespace the ConfigMap's namespace
 * @param configMap the ConfigMap's name
 * @param key the key
 */
public record ConfigMapKey(String namespace, String configMap, String key) {

  public ConfigMapKey {
    requireNonNull(namespace, "namespace");
    requireNonNull(configMap, "configMap");
    requireNonNull(key, "key");
  }

  /** The whole ConfigMap this key belongs to. */
  public ConfigMapRef configMapRef() {
    return new ConfigMapRef(namespace, configMap);
  }

  /** The key as an env var's {@code valueFrom.configMapKeyRef}, not optional. */
  public ConfigMapKeySelector selector() {
    var selector = new ConfigMapKeySelector();
    selector.setName(configMap);
    selector.setKey(key);
    return selector;
  }
}
