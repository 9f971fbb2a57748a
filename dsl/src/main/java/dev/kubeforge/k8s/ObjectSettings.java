package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings every single-object construct shares (ConfigMaps, claims, volumes, storage classes,
 * service accounts, roles, bindings, priority classes, quotas, limit ranges, network policies): those of
 * {@link ConstructBuilder} and the {@code customize} escape hatch.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the object, for {@code customize}
 */
abstract class ObjectSettings<B extends ObjectSettings<B, F>, F> extends ConstructBuilder<B> {

  private final Customizers<F> customizers;

  /**
   * A construct in {@code namespace}, or a cluster-scoped one when {@code namespace} is {@code null}.
   * {@code name} must be a DNS-1123 subdomain; a subclass whose messages name it otherwise ("config map
   * name") checks it first, in its own words.
   */
  ObjectSettings(Scope parent, String kind, String namespace, String name) {
    super(parent, kind, namespace, Names.requireDns1123Subdomain(kind + " name", name));
    this.customizers = new Customizers<>(scope());
  }

  /** The object's {@code metadata.name}. */
  @Override
  public final String name() {
    return super.name();
  }

  /** Changes the expanded object with fabric8's builder, after expansion and before checks run. */
  public B customize(Consumer<F> customizer) {
    customizers.add(customizer);
    return self();
  }

  /** The object, customized, with this construct's path. */
  final <T extends HasMetadata> KubeObject object(T resource, Function<T, F> toBuilder, Function<F, T> build) {
    return new KubeObject(scope().path(), customizers.apply(resource, toBuilder, build));
  }
}
