package dev.kubeforge.k8s;

/** How a volume may be mounted ({@code accessModes} of a PersistentVolume or claim). */
public enum AccessMode {
  /** {@code ReadWriteOnce}: read-write by the pods of one node. */
  READ_WRITE_ONCE("ReadWriteOnce"),
  /** {@code ReadOnlyMany}: read-only by many nodes. */
  READ_ONLY_MANY("ReadOnlyMany"),
  /** {@code ReadWriteMany}: read-write by many nodes, as NFS allows. */
  READ_WRITE_MANY("ReadWriteMany"),
  /** {@code ReadWriteOncePod}: read-write by a single pod. */
  READ_WRITE_ONCE_POD("ReadWriteOncePod");

  private final String value;

  AccessMode(String value) {
    this.value = value;
  }

  /** The value in {@code accessModes}. */
  public String value() {
    return value;
  }
}
