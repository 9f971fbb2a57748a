package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * An external Secret declared in a namespace, the source of typed references to it and its keys. Obtained
 * from {@code namespace.external(ExternalSecret.named(..))}.
 *
 * @param namespace the namespace the Secret is in
 * @param secret the declaration
 */
public record ExternalSecretRef(String namespace, ExternalSecret secret) {

  public ExternalSecretRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(secret, "secret");
  }

  /** A typed reference to the whole Secret, for {@code envFrom} and volumes. */
  public SecretRef ref() {
    return new SecretRef(namespace, secret.name());
  }

  /**
   * A typed reference to key {@code key}, for an environment variable. Throws
   * {@link IllegalArgumentException} when the declaration lists keys and not this one.
   */
  public SecretKey key(String key) {
    requireNonNull(key, "key");
    if (!secret.keys().isEmpty() && !secret.keys().contains(key)) {
      throw new IllegalArgumentException("external Secret " + secret.name() + " in namespace " + namespace
          + " lists no key '" + key + "' (listed: " + secret.keys() + ")");
    }
    return new SecretKey(namespace, secret.name(), key);
  }
}
