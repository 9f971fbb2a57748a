package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * A number of pods, absolute or as a percentage of the desired replicas: the type of {@code maxSurge},
 * {@code maxUnavailable} and {@code minAvailable}. Kubernetes writes it as an int or a {@code "25%"} string.
 *
 * @param value the count, or the percentage when {@code percent}
 * @param percent whether {@code value} is a percentage (0 to 100)
 */
public record PodCount(int value, boolean percent) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public PodCount {
    if (value < 0) {
      throw new IllegalArgumentException("a pod count must be >= 0, was " + value);
    }
    if (percent && value > 100) {
      throw new IllegalArgumentException("a pod percentage must be in 0..100, was " + value + "%");
    }
  }

  /** An absolute number of pods. */
  public static PodCount of(int pods) {
    return new PodCount(pods, false);
  }

  /** A percentage of the desired replicas, rounded as Kubernetes rounds each field. */
  public static PodCount percent(int percent) {
    return new PodCount(percent, true);
  }

  /** Whether the count is zero, absolute or as a percentage. */
  public boolean isZero() {
    return value == 0;
  }

  IntOrString intOrString() {
    return percent ? new IntOrString(value + "%") : new IntOrString(value);
  }

  /** The count as Kubernetes writes it: {@code 1} or {@code 25%}. */
  @Override
  public String toString() {
    return percent ? value + "%" : Integer.toString(value);
  }
}
