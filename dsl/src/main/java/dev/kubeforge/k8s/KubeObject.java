package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.ObjectPath;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

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
}
