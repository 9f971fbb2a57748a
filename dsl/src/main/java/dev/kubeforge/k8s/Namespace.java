package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.Size;
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
 * @param secrets the Secrets declared in the namespace or generated for its Ingresses, in definition
 *     order; they go to the secrets output, never into {@code objects}
 * @param ingresses the Ingresses declared in the namespace (already expanded into {@code objects}), for
 *     the checks that need to know what was asked of the controller
 */
public record Namespace(String name, List<KubeObject> objects, List<Secret> secrets, List<Ingress> ingresses) {

  public Namespace {
    requireNonNull(name, "name");
    objects = List.copyOf(objects);
    secrets = List.copyOf(secrets);
    ingresses = List.copyOf(ingresses);
  }

  /** A namespace without Secrets and Ingresses. */
  public Namespace(String name, List<KubeObject> objects) {
    this(name, objects, List.of(), List.of());
  }

  /** Builds a {@link Namespace}; obtained from {@code cluster.namespace("name")}. */
  public static final class Builder {
    private final Scope scope;
    private final String name;
    private final LinkedHashMap<String, App.Builder> apps = new LinkedHashMap<>();
    private final List<HasMetadata> added = new ArrayList<>();
    private final LinkedHashMap<String, ConfigMap.Builder> configMaps = new LinkedHashMap<>();
    private final LinkedHashMap<String, Secret.Builder> secrets = new LinkedHashMap<>();
    private final LinkedHashMap<String, VolumeClaim.Builder> claims = new LinkedHashMap<>();
    private final LinkedHashMap<String, Ingress.Builder> ingresses = new LinkedHashMap<>();

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
     * The ConfigMap of that name in this namespace, built from literals and files. Calling it again with
     * the same name returns the same ConfigMap.
     */
    public ConfigMap.Builder configMap(String name) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      return configMaps.computeIfAbsent(name, n -> new ConfigMap.Builder(scope, this.name, n));
    }

    /**
     * The Secret of that name in this namespace, built from {@code SecretValue}s only; it is written to
     * the secrets output, and listed without values in the reviewable {@code kubernetes/secrets.md}.
     * Calling it again with the same name returns the same Secret.
     */
    public Secret.Builder secret(String name) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      return secrets.computeIfAbsent(name, n -> new Secret.Builder(scope, this.name, n));
    }

    /**
     * The PersistentVolumeClaim of that name in this namespace, requesting {@code size}. Calling it again
     * with the same name returns the same claim (the size of the first call stays).
     */
    public VolumeClaim.Builder pvc(String name, Size size) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      requireNonNull(size, "size");
      return claims.computeIfAbsent(name, n -> new VolumeClaim.Builder(scope, this.name, n, size));
    }

    /**
     * The Ingress of that name in this namespace, served by ingress-nginx unless
     * {@code .controller(..)} says otherwise. Calling it again with the same name returns the same Ingress.
     */
    public Ingress.Builder ingress(String name) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      return ingresses.computeIfAbsent(name, n -> new Ingress.Builder(scope, this.name, n));
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
      for (ConfigMap.Builder configMap : configMaps.values()) {
        objects.add(configMap.expand());
      }
      for (VolumeClaim.Builder claim : claims.values()) {
        objects.add(claim.expand());
      }
      var builtSecrets = new ArrayList<Secret>();
      for (Secret.Builder secret : secrets.values()) {
        builtSecrets.add(secret.build());
      }
      var builtIngresses = new ArrayList<Ingress>(ingresses.size());
      for (Ingress.Builder builder : ingresses.values()) {
        var ingress = builder.build();
        builtIngresses.add(ingress);
        objects.addAll(builder.expand(ingress));
        builtSecrets.addAll(ingress.secrets());
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
      return new Namespace(name, objects, builtSecrets, builtIngresses);
    }
  }
}
