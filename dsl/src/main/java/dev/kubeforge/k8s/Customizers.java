package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code customize(..)} lambdas of one object of a construct, run on a fabric8 builder after
 * expansion. The builder is created only when there is a lambda, so the hot path stays free of builders.
 *
 * @param <B> the fabric8 builder type, such as {@code DeploymentBuilder}
 */
final class Customizers<B> {

  private final Scope scope;
  private final List<Consumer<B>> customizers = new ArrayList<>();

  Customizers(Scope scope) {
    this.scope = scope;
  }

  void add(Consumer<B> customizer) {
    scope.ensureMutable();
    customizers.add(requireNonNull(customizer, "customizer"));
  }

  boolean isEmpty() {
    return customizers.isEmpty();
  }

  /**
   * The object itself when there is no customizer (no builder is made), else the customized copy, deep
   * copied once more: the built object shares its lists and maps with the builder, and their values with
   * whatever the lambdas put in, both of which a definition may still hold.
   */
  <T extends HasMetadata> T apply(T object, Function<T, B> toBuilder, Function<B, T> build) {
    if (customizers.isEmpty()) {
      return object;
    }
    B builder = toBuilder.apply(object);
    customizers.forEach(c -> c.accept(builder));
    return DeepCopy.of(build.apply(builder));
  }
}
