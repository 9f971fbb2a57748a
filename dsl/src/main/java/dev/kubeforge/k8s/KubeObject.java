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
 * construct it came from. Nothing outside the model can change it: the model made the fabric8 object
 * itself or copied it on the way in ({@code add(..)}, customizers), and {@link #resource()} hands out
 * a copy.
 *
 * <p>Checks and renderers read every object of every cluster, several times, where a deep copy per
 * read would cost more than rendering; they read {@link #readOnlyResource()}, the object itself, and
 * never change it. Definitions, tests and plugins use {@link #resource()}.
 */
public final class KubeObject {

  private final ObjectPath path;
  private final HasMetadata resource;

  /** The model's own object, made by a construct of this package and held by no one else: not copied. */
  KubeObject(ObjectPath path, HasMetadata resource) {
    this.path = requireNonNull(path, "path");
    this.resource = requireNonNull(resource, "resource");
  }

  /**
   * An object at {@code path} holding a deep copy of {@code resource}, so later changes to
   * {@code resource} do not reach it. For objects made outside the model, such as the Secrets the
   * secrets output writes.
   */
  public static KubeObject of(ObjectPath path, HasMetadata resource) {
    return new KubeObject(path, DeepCopy.of(requireNonNull(resource, "resource")));
  }

  /** The construct the object came from, such as {@code cluster prod › namespace web › app site}. */
  public ObjectPath path() {
    return path;
  }

  /** A deep copy of the object as it will be written; changing the copy changes nothing in the model. */
  public HasMetadata resource() {
    return DeepCopy.of(resource);
  }

  /**
   * The object itself as it will be written, not a copy: for checks and renderers, which only read it.
   * Changing it, or anything reached from it, is not supported; use {@link #resource()} for a copy.
   */
  public HasMetadata readOnlyResource() {
    return resource;
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
   * Job, CronJob), a bare Pod as its own template, or {@code null} for an object that runs no pods. Part of
   * {@link #readOnlyResource()}, not a copy: read it, never change it.
   */
  public PodTemplateSpec readOnlyPodTemplate() {
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

  @Override
  public boolean equals(Object other) {
    return other instanceof KubeObject that && path.equals(that.path) && resource.equals(that.resource);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + resource.hashCode();
  }

  @Override
  public String toString() {
    return "KubeObject[path=" + path + ", kind=" + kind() + ", name=" + name() + "]";
  }
}
