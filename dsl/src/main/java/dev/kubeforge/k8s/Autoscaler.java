package dev.kubeforge.k8s;

/**
 * Scales a workload's replicas between two bounds by the pods' average CPU or memory use, relative to
 * their requests. Expands into a {@code HorizontalPodAutoscaler} ({@code autoscaling/v2}) whose
 * {@code scaleTargetRef} is the workload.
 *
 * @param minReplicas {@code minReplicas}, at least 1
 * @param maxReplicas {@code maxReplicas}, at least {@code minReplicas}
 * @param cpuUtilization the target average CPU use in percent of the request, or 0 for none
 * @param memoryUtilization the target average memory use in percent of the request, or 0 for none
 * @see <a href="https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/">Horizontal Pod Autoscaling</a>
 */
public record Autoscaler(int minReplicas, int maxReplicas, int cpuUtilization, int memoryUtilization) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Autoscaler {
    if (minReplicas < 1 || maxReplicas < minReplicas) {
      throw new IllegalArgumentException("an autoscaler needs 1 <= minReplicas <= maxReplicas, was "
          + minReplicas + ".." + maxReplicas);
    }
    if (cpuUtilization < 0 || memoryUtilization < 0) {
      throw new IllegalArgumentException("a target utilization must be > 0 percent");
    }
    if (cpuUtilization == 0 && memoryUtilization == 0) {
      throw new IllegalArgumentException("an autoscaler needs a CPU or memory target");
    }
  }

  /**
   * Between {@code min} and {@code max} replicas, targeting 80% CPU (the Kubernetes default, written
   * out). Change the target with {@link #cpuUtilization(int)} or {@link #memoryUtilization(int)}.
   */
  public static Autoscaler between(int min, int max) {
    return new Autoscaler(min, max, 80, 0);
  }

  /** Returns a copy targeting this average CPU use, in percent of the pods' CPU requests. */
  public Autoscaler cpuUtilization(int percent) {
    return new Autoscaler(minReplicas, maxReplicas, positive(percent), memoryUtilization);
  }

  /** Returns a copy that also targets this average memory use, in percent of the pods' memory requests. */
  public Autoscaler memoryUtilization(int percent) {
    return new Autoscaler(minReplicas, maxReplicas, cpuUtilization, positive(percent));
  }

  private static int positive(int percent) {
    if (percent < 1) {
      throw new IllegalArgumentException("a target utilization must be > 0 percent, was " + percent);
    }
    return percent;
  }
}
