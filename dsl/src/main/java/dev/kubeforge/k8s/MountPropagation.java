package dev.kubeforge.k8s;

/**
 * How mounts made below a volume's mount point travel between the node and the container. Maps to
 * {@code volumeMounts[].mountPropagation}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation">Mount propagation</a>
 */
public enum MountPropagation {
  /** {@code None}: no mount travels either way (Kubernetes' default, written out when chosen). */
  NONE("None"),
  /** {@code HostToContainer}: mounts the node makes later appear in the container, as a CSI node plugin's reader needs. */
  HOST_TO_CONTAINER("HostToContainer"),
  /** {@code Bidirectional}: the container's mounts also appear on the node; only privileged containers may use it. */
  BIDIRECTIONAL("Bidirectional");

  private final String value;

  MountPropagation(String value) {
    this.value = value;
  }

  /** The value Kubernetes reads, such as {@code HostToContainer}. */
  public String value() {
    return value;
  }
}
