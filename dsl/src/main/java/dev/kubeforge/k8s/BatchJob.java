package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;

/**
 * A Job: pods that run to completion once, such as a database migration. Created with
 * {@code namespace.batchJob("name")}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/job/">Job</a>
 */
public final class BatchJob {

  private BatchJob() {}

  /** Builds a Job; obtained from {@code namespace.batchJob("name")}. */
  public static final class Builder extends JobSettings<Builder, JobBuilder> {


    Builder(Scope parent, String namespace, String name) {
      super(parent, "job", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }


    List<KubeObject> expand() {
      var job = new Job();
      job.setMetadata(metadata(name()));
      job.setSpec(jobSpec());
      return List.of(new KubeObject(path(), customized(job, JobBuilder::new, JobBuilder::build)));
    }
  }
}
