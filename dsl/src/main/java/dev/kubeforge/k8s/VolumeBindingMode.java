package dev.kubeforge.k8s;

/** When a StorageClass provisions and binds a volume for a claim ({@code volumeBindingMode}). */
public enum VolumeBindingMode {
  /** {@code Immediate}: as soon as the claim exists. */
  IMMEDIATE("Immediate"),
  /** {@code WaitForFirstConsumer}: once a pod using the claim is scheduled, on that pod's node. */
  WAIT_FOR_FIRST_CONSUMER("WaitForFirstConsumer");

  private final String value;

  VolumeBindingMode(String value) {
    this.value = value;
  }

  /** The value of {@code volumeBindingMode}. */
  public String value() {
    return value;
  }
}
