package dev.kubeforge.k8s;

/**
 * How many of a workload's pods voluntary disruptions (node drains, upgrades) must leave running.
 * Expands into a {@code PodDisruptionBudget} ({@code policy/v1}) that selects the workload's pods.
 *
 * @param minAvailable {@code minAvailable}, or {@code null} when {@code maxUnavailable} is given
 * @param maxUnavailable {@code maxUnavailable}, or {@code null} when {@code minAvailable} is given
 * @see <a href="https://kubernetes.io/docs/tasks/run-application/configure-pdb/">Disruption budgets</a>
 */
public record DisruptionBudget(PodCount minAvailable, PodCount maxUnavailable) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public DisruptionBudget {
    if ((minAvailable == null) == (maxUnavailable == null)) {
      throw new IllegalArgumentException("a disruption budget sets exactly one of minAvailable and maxUnavailable");
    }
  }

  /** At least this many pods stay available during a voluntary disruption. */
  public static DisruptionBudget minAvailable(PodCount pods) {
    return new DisruptionBudget(java.util.Objects.requireNonNull(pods, "pods"), null);
  }

  /** At most this many pods may be unavailable during a voluntary disruption. */
  public static DisruptionBudget maxUnavailable(PodCount pods) {
    return new DisruptionBudget(null, java.util.Objects.requireNonNull(pods, "pods"));
  }
}
