package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;

/**
 * A PersistentVolumeClaim that exists in the namespace by other means (an operator, a chart,
 * {@code kubectl}): {@code ExternalClaim.named("postgres-data")}. Declared with
 * {@code namespace.external(..)}, which returns a {@link PvcRef} to mount.
 *
 * @param name the claim's name
 */
public record ExternalClaim(String name) implements External {

  /** Checks the name; a name Kubernetes refuses throws {@link IllegalArgumentException}. */
  public ExternalClaim {
    Names.requireDns1123Subdomain("claim name", name);
  }

  /** The claim of that name. */
  public static ExternalClaim named(String name) {
    return new ExternalClaim(name);
  }

  /** Always {@code PersistentVolumeClaim}. */
  @Override
  public String kind() {
    return "PersistentVolumeClaim";
  }
}
