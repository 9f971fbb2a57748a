package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.time.Duration;

/**
 * The settings of workloads that run to completion: Jobs ({@code batchJob}) and the Jobs a CronJob
 * ({@code scheduledJob}) creates. Maps to a {@code JobSpec}.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the workload's own object, for {@code customize}
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/job/">Job</a>
 */
public abstract sealed class JobSettings<B extends JobSettings<B, F>, F> extends PodSettings<B, F>
    permits BatchJob.Builder, ScheduledJob.Builder {

  private int completions = 1;
  private int parallelism = 1;
  private int backoffLimit = 6;
  private Duration activeDeadline;
  private Duration ttlAfterFinished;
  private boolean restartOnFailure;

  JobSettings(Scope namespaceScope, String kind, String namespace, String name) {
    super(namespaceScope, kind, namespace, name);
  }

  /** Sets {@code completions}: how many pods must succeed. Defaults to 1. Replaces any previous value. */
  public B completions(int completions) {
    scope().ensureMutable();
    this.completions = atLeast("completions", completions, 1);
    return self();
  }

  /** Sets {@code parallelism}: how many pods run at once. Defaults to 1. Replaces any previous value. */
  public B parallelism(int parallelism) {
    scope().ensureMutable();
    this.parallelism = atLeast("parallelism", parallelism, 0);
    return self();
  }

  /** Sets {@code backoffLimit}: retries before the Job fails. Defaults to 6. Replaces any previous value. */
  public B backoffLimit(int retries) {
    scope().ensureMutable();
    this.backoffLimit = atLeast("backoffLimit", retries, 0);
    return self();
  }

  /**
   * Sets {@code activeDeadlineSeconds}: the Job fails when it runs longer. Defaults to none. Whole
   * seconds. Replaces any previous value.
   */
  public B activeDeadline(Duration deadline) {
    scope().ensureMutable();
    this.activeDeadline = seconds("activeDeadlineSeconds", deadline, 1);
    return self();
  }

  /**
   * Sets {@code ttlSecondsAfterFinished}: the finished Job and its pods are deleted after this long.
   * Defaults to none (kept). Whole seconds. Replaces any previous value.
   */
  public B ttlAfterFinished(Duration ttl) {
    scope().ensureMutable();
    this.ttlAfterFinished = seconds("ttlSecondsAfterFinished", ttl, 0);
    return self();
  }

  /**
   * Restarts a failed container inside its pod ({@code restartPolicy: OnFailure}) instead of replacing
   * the pod ({@code Never}, the default, which keeps the failed pod's logs).
   */
  public B restartOnFailure() {
    scope().ensureMutable();
    this.restartOnFailure = true;
    return self();
  }

  @Override
  final String restartPolicy() {
    return restartOnFailure ? "OnFailure" : "Never";
  }

  /** The Job spec, built with setters. */
  final JobSpec jobSpec() {
    var spec = new JobSpec();
    spec.setCompletions(completions);
    spec.setParallelism(parallelism);
    spec.setBackoffLimit(backoffLimit);
    if (activeDeadline != null) {
      spec.setActiveDeadlineSeconds(activeDeadline.getSeconds());
    }
    if (ttlAfterFinished != null) {
      spec.setTtlSecondsAfterFinished((int) ttlAfterFinished.getSeconds());
    }
    spec.setTemplate(podTemplate());
    return spec;
  }

  static int atLeast(String what, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  static Duration seconds(String what, Duration value, long min) {
    requireNonNull(value, what);
    if (value.getNano() != 0 || value.getSeconds() < min || value.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + " must be whole seconds >= " + min + ", was " + value);
    }
    return value;
  }
}
