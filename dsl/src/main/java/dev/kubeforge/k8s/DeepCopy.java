package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;

/**
 * Deep copies of fabric8 objects, for the model's borders: what a definition hands in ({@code add(..)},
 * a customizer's result) and what {@link KubeObject#resource()} hands out.
 *
 * <p>Java serialization, because it is the one copy that is deep for every kind: fabric8's builders
 * ({@code edit().build()}) copy lists and maps but share the mutable values in them ({@code Quantity}s
 * in resource maps, the nested maps of a {@code GenericKubernetesResource}), and a Jackson round trip
 * loads databind for every kind it meets, which the rendering path avoids. Every fabric8 model class is
 * {@link java.io.Serializable}. Only the borders pay for it; checks and renderers read the model's own
 * objects without copying ({@link KubeObject#readOnlyResource()}).
 */
final class DeepCopy {

  private DeepCopy() {}

  /** A copy of {@code resource} that shares no mutable part with it. */
  static <T extends HasMetadata> T of(T resource) {
    var bytes = new ByteArrayOutputStream(1024);
    try {
      try (var out = new ObjectOutputStream(bytes)) {
        out.writeObject(resource);
      }
      try (var in = new Input(bytes.toByteArray(), resource.getClass().getClassLoader())) {
        @SuppressWarnings("unchecked")
        var copy = (T) in.readObject();
        return copy;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + resource.getKind() + " '" + name(resource)
          + "': a value in it is not serializable", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot copy " + resource.getKind() + ": " + e.getMessage(), e);
    }
  }

  /** Resolves classes with the loader of the copied object's class first: a custom resource may be the user's class. */
  private static final class Input extends ObjectInputStream {
    private final ClassLoader loader;

    Input(byte[] bytes, ClassLoader loader) throws IOException {
      super(new ByteArrayInputStream(bytes));
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
      try {
        return Class.forName(description.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(description);
      }
    }
  }

  private static String name(HasMetadata resource) {
    return resource.getMetadata() == null ? "" : resource.getMetadata().getName();
  }
}
