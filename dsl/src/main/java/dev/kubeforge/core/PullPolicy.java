package dev.kubeforge.core;

/**
 * When an image is pulled (core/v1 {@code PullPolicy}): a container's {@code imagePullPolicy}, and the
 * {@code imagePullPolicy} of kubeadm's node registration and upgrades. In {@code core} because both the
 * workloads and the kubeadm layer use it.
 */
public enum PullPolicy {
  /** On every container start. */
  ALWAYS("Always"),
  /** Only when the node lacks the image. */
  IF_NOT_PRESENT("IfNotPresent"),
  /** Never; the image must already be on the node. */
  NEVER("Never");

  private final String value;

  PullPolicy(String value) {
    this.value = value;
  }

  /** The value Kubernetes writes, such as {@code IfNotPresent}. */
  public String value() {
    return value;
  }

  /**
   * The policy Kubernetes picks when none is given: {@link #ALWAYS} for an image tagged
   * {@code :latest} or not tagged at all, {@link #IF_NOT_PRESENT} otherwise.
   */
  public static PullPolicy defaultFor(String image) {
    if (image.contains("@")) {
      return IF_NOT_PRESENT;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    boolean tagged = colon > slash;
    return !tagged || image.substring(colon + 1).equals("latest") ? ALWAYS : IF_NOT_PRESENT;
  }
}
