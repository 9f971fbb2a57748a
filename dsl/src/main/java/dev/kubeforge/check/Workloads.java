package dev.kubeforge.check;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Map;

/** Reads the pod template out of any kind that runs pods. */
final class Workloads {

  private Workloads() {}

  /** The pod template of a workload, a bare Pod as its own template, or {@code null} for other kinds. */
  static PodTemplateSpec podTemplate(HasMetadata resource) {
    if (resource instanceof Deployment d && d.getSpec() != null) {
      return d.getSpec().getTemplate();
    } else if (resource instanceof StatefulSet s && s.getSpec() != null) {
      return s.getSpec().getTemplate();
    } else if (resource instanceof DaemonSet d && d.getSpec() != null) {
      return d.getSpec().getTemplate();
    } else if (resource instanceof ReplicaSet r && r.getSpec() != null) {
      return r.getSpec().getTemplate();
    } else if (resource instanceof ReplicationController r && r.getSpec() != null) {
      return r.getSpec().getTemplate();
    } else if (resource instanceof Job j && j.getSpec() != null) {
      return j.getSpec().getTemplate();
    } else if (resource instanceof CronJob c && c.getSpec() != null && c.getSpec().getJobTemplate() != null
        && c.getSpec().getJobTemplate().getSpec() != null) {
      return c.getSpec().getJobTemplate().getSpec().getTemplate();
    } else if (resource instanceof Pod p) {
      var template = new PodTemplateSpec();
      template.setMetadata(p.getMetadata());
      template.setSpec(p.getSpec());
      return template;
    }
    return null;
  }

  /** The labels of a pod template, never null. */
  static Map<String, String> podLabels(PodTemplateSpec template) {
    if (template.getMetadata() == null || template.getMetadata().getLabels() == null) {
      return Map.of();
    }
    return template.getMetadata().getLabels();
  }
}
