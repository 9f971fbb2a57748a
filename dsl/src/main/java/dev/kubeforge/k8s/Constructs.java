package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The child constructs of a namespace or of the cluster, by kind and name, and their expansions in order. */
final class Constructs {

  private final Scope scope;
  private final LinkedHashMap<String, Object> byKey = new LinkedHashMap<>();
  private final List<Construct> expansions = new ArrayList<>();

  Constructs(Scope scope) {
    this.scope = scope;
  }

  /** The construct of that kind and name, created (and its expansion registered) on first use. */
  <T> T child(String kind, String name, Class<T> type, Supplier<T> create, Function<T, List<KubeObject>> expand) {
    scope.ensureMutable();
    requireNonNull(name, "name");
    var key = kind + "/" + name;
    var existing = byKey.get(key);
    if (existing != null) {
      return type.cast(existing);
    }
    T created = create.get();
    byKey.put(key, created);
    expansions.add(() -> expand.apply(created));
    return created;
  }

  /** Every construct's objects, in the order the constructs were first named. */
  List<KubeObject> expand() {
    var objects = new ArrayList<KubeObject>();
    for (Construct construct : expansions) {
      objects.addAll(construct.expand());
    }
    return objects;
  }
}
