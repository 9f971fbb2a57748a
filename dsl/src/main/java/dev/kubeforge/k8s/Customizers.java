package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Scope;
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

  /** The object after every customizer ran, or {@code object} itself when there is none. */
  <T> T apply(T object, Function<T, B> toBuilder, Function<B, T> build) {
    return applyAll(object, customizers, toBuilder, build);
  }

  /** The object itself when there is no customizer (no builder is made), else the customized copy. */
  static <T, B> T applyAll(
      T object, List<Consumer<B>> customizers, Function<T, B> toBuilder, Function<B, T> build) {
    if (customizers.isEmpty()) {
      return object;
    }
    B builder = toBuilder.apply(object);
    customizers.forEach(c -> c.accept(builder));
    return build.apply(builder);
  }
}
