package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.ObjectPath;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
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

/**
 * One Kubernetes object of the cluster, after expansion and customization, with the path of the
 * construct it came from. The fabric8 object is final at this point: checks and renderers read it and
 * never change it.
 *
 * @param path the construct the object came from, such as {@code cluster prod › namespace web › app site}
 * @param resource the object as it will be written
 */
public record KubeObject(ObjectPath path, HasMetadata resource) {

  public KubeObject {
    requireNonNull(path, "path");
    requireNonNull(resource, "resource");
  }

  /** The object's kind, such as {@code Deployment}. */
  public String kind() {
    return resource.getKind();
  }

  /** The object's {@code metadata.name}, or an empty string when it has none. */
  public String name() {
    var metadata = resource.getMetadata();
    return metadata == null || metadata.getName() == null ? "" : metadata.getName();
  }

  /** The object's {@code metadata.namespace}, or an empty string for a cluster-scoped object. */
  public String namespace() {
    var metadata = resource.getMetadata();
    return metadata == null || metadata.getNamespace() == null ? "" : metadata.getNamespace();
  }

  /**
   * Whether the object lives in a namespace: fabric8's kinds say so with {@link Namespaced}; any other
   * object (a custom resource) is namespaced when it names a namespace.
   */
  public boolean isNamespaced() {
    return resource instanceof Namespaced || !namespace().isEmpty();
  }

  /**
   * The pod template of a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController,
   * Job, CronJob), a bare Pod as its own template, or {@code null} for an object that runs no pods.
   */
  public PodTemplateSpec podTemplate() {
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
      return new PodTemplateSpec(p.getMetadata(), p.getSpec());
    }
    return null;
  }

  /** The labels of a pod template, never null. */
  public static Map<String, String> podLabels(PodTemplateSpec template) {
    if (template == null || template.getMetadata() == null || template.getMetadata().getLabels() == null) {
      return Map.of();
    }
    return template.getMetadata().getLabels();
  }
}
