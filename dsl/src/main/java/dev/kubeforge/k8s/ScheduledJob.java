package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * A CronJob: a Job created on a schedule, such as a nightly backup. Created with
 * {@code namespace.scheduledJob("name", "0 3 * * *")}; the schedule is a {@link CronSchedule}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/">CronJob</a>
 */
public final class ScheduledJob {

  private ScheduledJob() {}

  /** What a CronJob does when a run is due while the previous one still runs. Maps to {@code concurrencyPolicy}. */
  public enum Concurrency {
    /** Runs them side by side. The default. */
    ALLOW("Allow"),
    /** Skips the new run. */
    FORBID("Forbid"),
    /** Stops the running one and starts the new one. */
    REPLACE("Replace");

    private final String value;

    Concurrency(String value) {
      this.value = value;
    }

    /** The value Kubernetes writes. */
    public String value() {
      return value;
    }
  }

  /** Builds a CronJob; obtained from {@code namespace.scheduledJob("name", schedule)}. */
  public static final class Builder extends JobSettings<Builder, CronJobBuilder> {

    private CronSchedule schedule;
    private Concurrency concurrency = Concurrency.ALLOW;
    private boolean suspend;
    private int successfulJobsHistoryLimit = 3;
    private int failedJobsHistoryLimit = 1;
    private Duration startingDeadline;

    Builder(Scope parent, String namespace, String name, CronSchedule schedule) {
      super(parent, "cronJob", namespace, name);
      this.schedule = requireNonNull(schedule, "schedule");
    }

    @Override
    Builder self() {
      return this;
    }

    CronSchedule schedule() {
      return schedule;
    }

    /**
     * Sets {@code timeZone}, an IANA zone such as {@code Europe/Berlin}, in which the schedule is read.
     * Defaults to the schedule's own ({@code CRON_TZ=}), else none (the controller manager's zone).
     * Replaces any previous value.
     */
    public Builder timeZone(String zone) {
      scope().ensureMutable();
      this.schedule = schedule.timeZone(zone);
      return this;
    }

    /** Sets {@code concurrencyPolicy}. Defaults to {@link Concurrency#ALLOW}. Replaces any previous value. */
    public Builder concurrency(Concurrency policy) {
      scope().ensureMutable();
      this.concurrency = requireNonNull(policy, "policy");
      return this;
    }

    /** Suspends the schedule ({@code suspend: true}); running Jobs are not stopped. Defaults to false. */
    public Builder suspend() {
      scope().ensureMutable();
      this.suspend = true;
      return this;
    }

    /**
     * Sets how many finished Jobs are kept ({@code successfulJobsHistoryLimit}, {@code
     * failedJobsHistoryLimit}). Defaults to 3 and 1. Replaces any previous values.
     */
    public Builder history(int successful, int failed) {
      scope().ensureMutable();
      this.successfulJobsHistoryLimit = atLeast("successfulJobsHistoryLimit", successful, 0);
      this.failedJobsHistoryLimit = atLeast("failedJobsHistoryLimit", failed, 0);
      return this;
    }

    /**
     * Sets {@code startingDeadlineSeconds}: a run that could not start within this long after its time
     * is skipped. Defaults to none. Whole seconds. Replaces any previous value.
     */
    public Builder startingDeadline(Duration deadline) {
      scope().ensureMutable();
      this.startingDeadline = seconds("startingDeadlineSeconds", deadline, 1);
      return this;
    }


    List<KubeObject> expand() {
      var jobMetadata = new ObjectMeta();
      jobMetadata.setLabels(labels());
      var jobTemplate = new JobTemplateSpec();
      jobTemplate.setMetadata(jobMetadata);
      jobTemplate.setSpec(jobSpec());
      var spec = new CronJobSpec();
      spec.setSchedule(schedule.expression());
      spec.setTimeZone(schedule.timeZone().map(ZoneId::getId).orElse(null));
      spec.setConcurrencyPolicy(concurrency.value());
      spec.setSuspend(suspend);
      spec.setSuccessfulJobsHistoryLimit(successfulJobsHistoryLimit);
      spec.setFailedJobsHistoryLimit(failedJobsHistoryLimit);
      if (startingDeadline != null) {
        spec.setStartingDeadlineSeconds(startingDeadline.getSeconds());
      }
      spec.setJobTemplate(jobTemplate);
      var cronJob = new CronJob();
      cronJob.setMetadata(metadata(name()));
      cronJob.setSpec(spec);
      return List.of(new KubeObject(path(), customized(cronJob, CronJobBuilder::new, CronJobBuilder::build)));
    }
  }
}
