package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for a Job's clean-up: a Job of its own without {@code ttlSecondsAfterFinished} stays, with
 * its pods, until someone deletes it; a CronJob's jobs with one are deleted before its
 * {@code successfulJobsHistoryLimit} and {@code failedJobsHistoryLimit} can keep them (kube-linter's
 * {@code job-ttl-seconds-after-finished}).
 */
final class JobTtlCheck implements Check {

  static final String ID = "job-without-ttl";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof Job job
          && (job.getSpec() == null || job.getSpec().getTtlSecondsAfterFinished() == null)) {
        problems.add(Problem.warning(ID, object.path(), "Job '" + object.name() + "' sets no"
                + " ttlSecondsAfterFinished: once finished, it and its pods stay until someone deletes them")
            .hint(".ttlAfterFinished(Duration.ofHours(1)), or allow(\"" + ID + "\", reason)"));
      } else if (object.readOnlyResource() instanceof CronJob cronJob && cronJob.getSpec() != null
          && cronJob.getSpec().getJobTemplate() != null && cronJob.getSpec().getJobTemplate().getSpec() != null
          && cronJob.getSpec().getJobTemplate().getSpec().getTtlSecondsAfterFinished() != null) {
        problems.add(Problem.warning(ID, object.path(), "CronJob '" + object.name() + "' sets"
                + " ttlSecondsAfterFinished on its jobs, which deletes them before its successfulJobsHistoryLimit"
                + " and failedJobsHistoryLimit can keep them")
            .hint("leave ttlAfterFinished(..) unset on a scheduled job; the CronJob's history limits clean up,"
                + " or allow(\"" + ID + "\", reason)"));
      }
    }
    return problems;
  }
}
