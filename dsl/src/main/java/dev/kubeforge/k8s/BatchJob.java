package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Job: pods that run to completion once, such as a database migration. Created with
 * {@code namespace.batchJob("name")}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/job/">Job</a>
 */
public final class BatchJob {

  private BatchJob() {}

  /** Builds a Job; obtained from {@code namespace.batchJob("name")}. */
  public static final class Builder extends JobSettings<Builder> {

    private final Customizers<JobBuilder> customizers;

    Builder(Scope parent, String namespace, String name) {
      super(parent, "job", namespace, name);
      this.customizers = new Customizers<>(scope());
    }

    @Override
    Builder self() {
      return this;
    }

    /** Changes the expanded Job with fabric8's builder, after expansion and before checks run. */
    public Builder customize(Consumer<JobBuilder> customizer) {
      customizers.add(customizer);
      return this;
    }

    List<KubeObject> expand() {
      var job = new Job();
      job.setMetadata(metadata(name()));
      job.setSpec(jobSpec());
      return List.of(new KubeObject(path(), customizers.apply(job, JobBuilder::new, JobBuilder::build)));
    }
  }
}
