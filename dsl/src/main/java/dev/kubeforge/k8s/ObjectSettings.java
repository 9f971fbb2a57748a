package dev.kubeforge.k8s;

import dev.kubeforge.check.Scope;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings every single-object construct shares (service accounts, roles, bindings, priority
 * classes, quotas, limit ranges, network policies): labels, the {@code customize} escape hatch and
 * allowances.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the object, for {@code customize}
 */
abstract class ObjectSettings<B extends ObjectSettings<B, F>, F> {

  private final Scope scope;
  private final String name;
  private final String namespace;
  private final TreeMap<String, String> labels = new TreeMap<>();
  private final Customizers<F> customizers;

  /** A construct in {@code namespace}, or a cluster-scoped one when {@code namespace} is {@code null}. */
  ObjectSettings(Scope parent, String kind, String namespace, String name) {
    Names.requireDns1123Subdomain(kind + " name", name);
    this.scope = parent.child(kind, name);
    this.name = name;
    this.namespace = namespace;
    this.customizers = new Customizers<>(scope);
  }

  abstract B self();

  final Scope scope() {
    return scope;
  }

  /** The object's {@code metadata.name}. */
  public final String name() {
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

  /** Changes the expanded object with fabric8's builder, after expansion and before checks run. */
  public B customize(Consumer<F> customizer) {
    customizers.add(customizer);
    return self();
  }

  /** Accepts the problems of check {@code checkId} on this object, for a reason a reviewer can judge. */
  public B allow(String checkId, String reason) {
    scope.allow(checkId, reason);
    return self();
  }

  final ObjectMeta metadata() {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    metadata.setNamespace(namespace);
    if (!labels.isEmpty()) {
      metadata.setLabels(new TreeMap<>(labels));
    }
    return metadata;
  }

  /** The object, customized, with this construct's path. */
  final <T extends HasMetadata> KubeObject object(T resource, Function<T, F> toBuilder, Function<F, T> build) {
    return new KubeObject(scope.path(), customizers.apply(resource, toBuilder, build));
  }
}
