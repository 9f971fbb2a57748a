package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

/**
 * A per-process limit Docker applies to every container: an entry of {@code default-ulimits}.
 *
 * @param limit which limit
 * @param soft the soft limit
 * @param hard the hard limit, at least the soft one
 */
public record Ulimit(ProcessLimit limit, long soft, long hard) {

  public Ulimit {
    requireNonNull(limit, "limit");
    if (soft < 0 || hard < soft) {
      throw new IllegalArgumentException(
          "ulimit " + limit.ulimitName() + " needs 0 <= soft <= hard, was soft " + soft + ", hard " + hard);
    }
  }
}
