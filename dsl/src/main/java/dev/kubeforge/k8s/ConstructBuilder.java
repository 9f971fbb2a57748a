package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every builder of a namespace's or the cluster's constructs (other than workloads) holds: its
 * scope (path, lifecycle, allowances), its name and namespace, and the labels of its objects.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
abstract class ConstructBuilder<B extends ConstructBuilder<B>> {

  private final Scope scope;
  private final String name;
  private final String namespace;
  private final TreeMap<String, String> labels = new TreeMap<>();

  /**
   * A construct in {@code namespace}, or a cluster-scoped one when {@code namespace} is {@code null}.
   * The subclass checks {@code name} first, with its kind's rule and wording.
   */
  ConstructBuilder(Scope parent, String kind, String namespace, String name) {
    this.scope = parent.child(kind, name);
    this.name = name;
    this.namespace = namespace;
  }

  abstract B self();

  final Scope scope() {
    return scope;
  }

  /** The object's {@code metadata.name}. */
  String name() {
    return name;
  }

  /** The object's namespace, or {@code null} for a cluster-scoped object. */
  String namespace() {
    return namespace;
  }

  /** Adds a label to the object ({@code metadata.labels}). Replaces a label of the same key. */
  public B label(String key, String value) {
    scope.ensureMutable();
    labels.put(Names.requireLabelKey(key), Names.requireLabelValue(key, value));
    return self();
  }

  /** Accepts the problems of check {@code checkId} on this object, for a reason a reviewer can judge. */
  public B allow(String checkId, String reason) {
    scope.allow(checkId, reason);
    return self();
  }

  /** The labels added so far, sorted. */
  final SortedMap<String, String> labels() {
    return Collections.unmodifiableSortedMap(labels);
  }

  /** {@code metadata} with the name, the namespace (when namespaced) and the labels (when there are any). */
  final ObjectMeta metadata() {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(namespace);
    if (!labels.isEmpty()) {
      metadata.setLabels(new TreeMap<>(labels));
    }
    return metadata;
  }
}
