package dev.kubeforge.k8s;

/** What happens to a volume when its claim is deleted ({@code reclaimPolicy}). */
public enum ReclaimPolicy {
  /** {@code Retain}: the volume and its data stay until an administrator removes them. */
  RETAIN("Retain"),
  /** {@code Delete}: the volume and its data are deleted with the claim. */
  DELETE("Delete");

  private final String value;

  ReclaimPolicy(String value) {
    this.value = value;
  }

  /** The value of {@code reclaimPolicy} / {@code persistentVolumeReclaimPolicy}. */
  public String value() {
    return value;
  }
}
