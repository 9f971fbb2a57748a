package dev.kubeforge.k8s;

/** A container's resource request or limit, as the downward API exposes it ({@code resourceFieldRef.resource}). */
public enum ResourceField {
  /** {@code limits.cpu}. */
  LIMITS_CPU("limits.cpu"),
  /** {@code limits.memory}. */
  LIMITS_MEMORY("limits.memory"),
  /** {@code limits.ephemeral-storage}. */
  LIMITS_EPHEMERAL_STORAGE("limits.ephemeral-storage"),
  /** {@code requests.cpu}. */
  REQUESTS_CPU("requests.cpu"),
  /** {@code requests.memory}. */
  REQUESTS_MEMORY("requests.memory"),
  /** {@code requests.ephemeral-storage}. */
  REQUESTS_EPHEMERAL_STORAGE("requests.ephemeral-storage");

  private final String value;

  ResourceField(String value) {
    this.value = value;
  }

  /** The value written to {@code resourceFieldRef.resource}. */
  public String value() {
    return value;
  }
}
