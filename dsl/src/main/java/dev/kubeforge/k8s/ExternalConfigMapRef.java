package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * An external ConfigMap declared in a namespace, the source of typed references to it and its keys. Obtained
 * from {@code namespace.external(ExternalConfigMap.named(..))}.
 *
 * @param namespace the namespace the ConfigMap is in
 * @param configMap the declaration
 */
public record ExternalConfigMapRef(String namespace, ExternalConfigMap configMap) {

  public ExternalConfigMapRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(configMap, "configMap");
  }

  /** A typed reference to the whole ConfigMap, for {@code envFrom} and volumes. */
  public ConfigMapRef ref() {
    return new ConfigMapRef(namespace, configMap.name());
  }

  /**
   * A typed reference to key {@code key}, for an environment variable. Throws
   * {@link IllegalArgumentException} when the declaration lists keys and not this one.
   */
  public ConfigMapKey key(String key) {
    requireNonNull(key, "key");
    if (!configMap.keys().isEmpty() && !configMap.keys().contains(key)) {
      throw new IllegalArgumentException("external ConfigMap " + configMap.name() + " in namespace " + namespace
          + " lists no key '" + key + "' (listed: " + configMap.keys() + ")");
    }
    return new ConfigMapKey(namespace, configMap.name(), key);
  }
}
