package dev.kubeforge.k8s;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs a construct's {@code customize(..)} lambdas on its expanded object through fabric8's builder. */
final class Customizers {

  private Customizers() {}

  /** The object itself when there is no customizer (no builder is made), else the customized copy. */
  static <T, B> T apply(T object, List<Consumer<B>> customizers, Function<T, B> toBuilder, Function<B, T> build) {
    if (customizers.isEmpty()) {
      return object;
    }
    B builder = toBuilder.apply(object);
    customizers.forEach(c -> c.accept(builder));
    return build.apply(builder);
  }
}
