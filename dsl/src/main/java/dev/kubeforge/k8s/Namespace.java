package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Scope;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A Kubernetes namespace and everything defined in it. The namespace object itself is part of the
 * output, so applying the generated tree creates it.
 *
 * @param name the namespace's name
 * @param objects every object in the namespace, expanded and customized, in definition order
 */
public record Namespace(String name, List<KubeObject> objects) {

  public Namespace {
    requireNonNull(name, "name");
    objects = List.copyOf(objects);
  }

  /** Builds a {@link Namespace}; obtained from {@code cluster.namespace("name")}. */
  public static final class Builder {
    private final Scope scope;
    private final String name;
    private final LinkedHashMap<String, App.Builder> apps = new LinkedHashMap<>();
    private final List<HasMetadata> added = new ArrayList<>();

    /** Creates the builder of namespace {@code name} in {@code cluster}'s scope; called by the cluster. */
    public Builder(Scope cluster, String name) {
      this.name = Names.requireDns1123Label("namespace name", name);
      this.scope = cluster.child("namespace", name);
    }

    /**
     * The app of that name in this namespace: a Deployment plus a Service. Calling it again with the
     * same name returns the same app.
     */
    public App.Builder app(String name) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      return apps.computeIfAbsent(name, n -> new App.Builder(scope, this.name, n));
    }

    /**
     * Adds any fabric8 object to this namespace as is. Its {@code metadata.namespace} is set to this
     * namespace when it has none; checks see it like any other object.
     */
    public Builder add(HasMetadata resource) {
      scope.ensureMutable();
      requireNonNull(resource, "resource");
      if (!(resource instanceof Namespaced) && !(resource instanceof GenericKubernetesResource)) {
        throw new IllegalArgumentException(resource.getKind()
            + " is cluster-scoped: add it to the cluster with cluster.add(..), not to namespace " + name);
      }
      added.add(resource);
      return this;
    }

    /** Accepts the problems of check {@code checkId} in this namespace, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** Expands every construct of the namespace; the cluster calls it when it is built. */
    public Namespace build() {
      var objects = new ArrayList<KubeObject>();
      var namespace = new io.fabric8.kubernetes.api.model.Namespace();
      var metadata = new ObjectMeta();
      metadata.setName(name);
      namespace.setMetadata(metadata);
      objects.add(new KubeObject(scope.path(), namespace));
      for (App.Builder app : apps.values()) {
        objects.addAll(app.expand());
      }
      for (HasMetadata resource : added) {
        if (resource.getMetadata() == null) {
          resource.setMetadata(new ObjectMeta());
        }
        if (resource.getMetadata().getNamespace() == null) {
          resource.getMetadata().setNamespace(name);
        }
        var objectName = resource.getMetadata().getName();
        objects.add(new KubeObject(
            scope.path().child(resource.getKind().toLowerCase(Locale.ROOT),
                objectName == null ? "(unnamed)" : objectName),
            resource));
      }
      return new Namespace(name, objects);
    }
  }
}
