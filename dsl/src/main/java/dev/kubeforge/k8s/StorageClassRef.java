package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;

/**
 * A typed reference to a StorageClass: one declared in the definition ({@code storageClass.ref()}) or
 * one the platform provides ({@code StorageClassRef.named("managed-csi")}, checked by name only).
 *
 * @param name the class's name
 */
public record StorageClassRef(String name) {

  public StorageClassRef {
    Names.requireDns1123Subdomain("storage class name", name);
  }

  /** A class the platform provides, not declared in the definition, such as {@code standard} on GKE. */
  public static StorageClassRef named(String name) {
    return new StorageClassRef(name);
  }
}
