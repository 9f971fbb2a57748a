package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;

/**
 * A StorageClass that exists in the cluster by other means (a CSI driver's chart such as Longhorn's, a
 * cloud's built-in {@code managed-csi}): {@code ExternalStorageClass.named("longhorn")}. Declared once with
 * {@code cluster.external(..)}, which returns the {@link StorageClassRef} claims name; the
 * {@code unknown-storage-class} check then counts it as declared, while a misspelt class still fails.
 * Nothing is written for it.
 *
 * @param name the class's name
 */
public record ExternalStorageClass(String name) {

  /** Checks the name; a name Kubernetes refuses throws {@link IllegalArgumentException}. */
  public ExternalStorageClass {
    Names.requireDns1123Subdomain("storage class name", name);
  }

  /** The class of that name. */
  public static ExternalStorageClass named(String name) {
    return new ExternalStorageClass(name);
  }
}
