package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Kubernetes namespace and everything defined in it, frozen. The namespace object itself is part of
 * the output, so applying the generated tree creates it. Built by the cluster; its lists are unmodifiable.
 */
public final class Namespace {

  private final String name;
  private final List<KubeObject> objects;
  private final List<Secret> secrets;
  private final List<Ingress> ingresses;
  private final List<KubeObject> staticPods;
  private final List<External> externals;

  private Namespace(String name, List<KubeObject> objects, List<Secret> secrets, List<Ingress> ingresses,
      List<KubeObject> staticPods, List<External> externals) {
    this.name = requireNonNull(name, "name");
    this.objects = List.copyOf(objects);
    this.secrets = List.copyOf(secrets);
    this.ingresses = List.copyOf(ingresses);
    this.staticPods = List.copyOf(staticPods);
    this.externals = List.copyOf(externals);
  }

  /** The namespace's name. */
  public String name() {
    return name;
  }

  /**
   * Every object in the namespace, expanded and customized, in definition order; a construct's
   * cluster-scoped companions are among them.
   */
  public List<KubeObject> objects() {
    return objects;
  }

  /**
   * The Secrets declared in the namespace or generated for its Ingresses, in definition order; they go
   * to the secrets output, never into {@link #objects()}.
   */
  public List<Secret> secrets() {
    return secrets;
  }

  /**
   * The Ingresses declared in the namespace (already expanded into {@link #objects()}), for the checks
   * that need to know what was asked of the controller.
   */
  public List<Ingress> ingresses() {
    return ingresses;
  }

  /**
   * The static pods of the namespace, which the kubelet runs from its manifest directory and which are
   * therefore not applied with the other objects.
   */
  public List<KubeObject> staticPods() {
    return staticPods;
  }

  /**
   * The objects declared with {@code external(..)}: they exist by other means, are not written, and the
   * checks count them as present. In declaration order.
   */
  public List<External> externals() {
    return externals;
  }

  @Override
  public String toString() {
    return "Namespace[name=" + name + ", objects=" + objects.size() + "]";
  }

  /** Builds a {@link Namespace}; obtained from {@code cluster.namespace("name")}. */
  public static final class Builder {
    private final Scope scope;
    private final String name;
    private final TreeMap<String, String> labels = new TreeMap<>();
    private final Constructs constructs;
    private final LinkedHashMap<String, String> workloadKinds = new LinkedHashMap<>();
    private final List<StaticPod.Builder> staticPods = new ArrayList<>();
    private final List<HasMetadata> added = new ArrayList<>();
    private final LinkedHashMap<String, ConfigMap.Builder> configMaps = new LinkedHashMap<>();
    private final LinkedHashMap<String, Secret.Builder> secrets = new LinkedHashMap<>();
    private final LinkedHashMap<String, Pvc.Builder> claims = new LinkedHashMap<>();
    private final LinkedHashMap<String, Ingress.Builder> ingresses = new LinkedHashMap<>();
    private final LinkedHashMap<String, External> externals = new LinkedHashMap<>();

    /** Creates the builder of namespace {@code name} in {@code cluster}'s scope; {@link ClusterObjects} calls it. */
    Builder(Scope cluster, String name) {
      this.name = Names.requireDns1123Label("namespace name", name);
      this.scope = cluster.child("namespace", name);
      this.constructs = new Constructs(scope);
    }

    /** The namespace's name. */
    public String name() {
      return name;
    }

    /** A typed reference to the namespace, such as a network policy's peer. */
    public NamespaceRef ref() {
      return new NamespaceRef(name);
    }

    /** Adds a label to the Namespace object ({@code metadata.labels}), such as a Pod Security level. Replaces a label of the same key. */
    public Builder label(String key, String value) {
      scope.ensureMutable();
      labels.put(Names.requireLabelKey(key), Names.requireLabelValue(key, value));
      return this;
    }

    /**
     * The app of that name in this namespace: a Deployment plus a Service. Calling it again with the
     * same name returns the same app.
     */
    public App.Builder app(String name) {
      return workload("app", name, App.Builder.class, () -> new App.Builder(scope, this.name, name),
          App.Builder::expand);
    }

    /**
     * The stateful app of that name: a StatefulSet plus its headless Service. Calling it again with the
     * same name returns the same app.
     */
    public StatefulApp.Builder statefulApp(String name) {
      return workload("statefulApp", name, StatefulApp.Builder.class,
          () -> new StatefulApp.Builder(scope, this.name, name), StatefulApp.Builder::expand);
    }

    /** The daemon app of that name: a DaemonSet, one pod per node. Calling it again returns the same one. */
    public DaemonApp.Builder daemonApp(String name) {
      return workload("daemonApp", name, DaemonApp.Builder.class, () -> new DaemonApp.Builder(scope, this.name, name),
          DaemonApp.Builder::expand);
    }

    /** The Job of that name: pods that run to completion once. Calling it again returns the same one. */
    public BatchJob.Builder batchJob(String name) {
      return workload("job", name, BatchJob.Builder.class, () -> new BatchJob.Builder(scope, this.name, name),
          BatchJob.Builder::expand);
    }

    /**
     * The CronJob of that name, running on {@code schedule} (cron syntax, such as {@code "0 3 * * *"},
     * read with {@link CronSchedule#of}). Calling it again with the same name and schedule returns the same one.
     */
    public ScheduledJob.Builder scheduledJob(String name, String schedule) {
      return scheduledJob(name, CronSchedule.of(schedule));
    }

    /**
     * The CronJob of that name, running on {@code schedule}. Calling it again with the same name and
     * schedule returns the same one.
     */
    public ScheduledJob.Builder scheduledJob(String name, CronSchedule schedule) {
      requireNonNull(schedule, "schedule");
      var cronJob = workload("cronJob", name, ScheduledJob.Builder.class,
          () -> new ScheduledJob.Builder(scope, this.name, name, schedule), ScheduledJob.Builder::expand);
      if (!cronJob.schedule().expression().equals(schedule.expression())) {
        throw new IllegalStateException("cronJob " + name + " already runs on '" + cronJob.schedule() + "'");
      }
      return cronJob;
    }

    /**
     * The static pod of that name, run by the kubelet from its manifest directory; rendered to the
     * cluster's {@code static-pods/} folder. Calling it again returns the same one.
     */
    public StaticPod.Builder staticPod(String name) {
      return workload("staticPod", name, StaticPod.Builder.class, () -> {
        var pod = new StaticPod.Builder(scope, this.name, name);
        staticPods.add(pod);
        return pod;
      }, pod -> List.of());
    }

    /** The service account of that name. Calling it again returns the same one. */
    public ServiceAccount.Builder serviceAccount(String name) {
      return constructs.child("serviceAccount", name, ServiceAccount.Builder.class,
          () -> new ServiceAccount.Builder(scope, this.name, name), ServiceAccount.Builder::expand);
    }

    /** The Role of that name. Calling it again returns the same one. */
    public Role.Builder role(String name) {
      return constructs.child("role", name, Role.Builder.class, () -> new Role.Builder(scope, this.name, name),
          Role.Builder::expand);
    }

    /** The RoleBinding of that name, granting a Role of this namespace. Calling it again returns the same one. */
    public RoleBinding.Builder roleBinding(String name, NamespaceRoleRef role) {
      requireNonNull(role, "role");
      if (!role.namespace().equals(this.name)) {
        throw new IllegalArgumentException("role binding " + name + " in namespace " + this.name
            + " cannot grant role " + role.name() + " of namespace " + role.namespace());
      }
      return roleBinding(name, "Role", role.name());
    }

    /**
     * The RoleBinding of that name, granting a ClusterRole's permissions within this namespace only.
     * Calling it again returns the same one.
     */
    public RoleBinding.Builder roleBinding(String name, ClusterRoleRef role) {
      return roleBinding(name, "ClusterRole", requireNonNull(role, "role").clusterRoleName());
    }

    /** The ResourceQuota of that name. Calling it again returns the same one. */
    public ResourceQuota.Builder resourceQuota(String name) {
      return constructs.child("resourceQuota", name, ResourceQuota.Builder.class,
          () -> new ResourceQuota.Builder(scope, this.name, name), ResourceQuota.Builder::expand);
    }

    /** The LimitRange of that name. Calling it again returns the same one. */
    public LimitRange.Builder limitRange(String name) {
      return constructs.child("limitRange", name, LimitRange.Builder.class, () -> new LimitRange.Builder(scope, this.name, name),
          LimitRange.Builder::expand);
    }

    /** The NetworkPolicy of that name. Calling it again returns the same one. */
    public NetworkPolicy.Builder networkPolicy(String name) {
      return constructs.child("networkPolicy", name, NetworkPolicy.Builder.class,
          () -> new NetworkPolicy.Builder(scope, this.name, name), NetworkPolicy.Builder::expand);
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
    public Pvc.Builder pvc(String name, Size size) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      requireNonNull(size, "size");
      return claims.computeIfAbsent(name, n -> new Pvc.Builder(scope, this.name, n, size));
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
     * Adds a copy of any fabric8 object to this namespace, so later changes to {@code resource} do not
     * reach the cluster. The copy's {@code metadata.namespace} is set to this namespace when it has none;
     * checks see it like any other object.
     */
    public Builder add(HasMetadata resource) {
      scope.ensureMutable();
      requireNonNull(resource, "resource");
      if (!(resource instanceof Namespaced) && !(resource instanceof GenericKubernetesResource)) {
        throw new IllegalArgumentException(resource.getKind()
            + " is cluster-scoped: add it to the cluster with cluster.add(..), not to namespace " + name);
      }
      added.add(DeepCopy.of(resource));
      return this;
    }

    /**
     * Includes the Kubernetes objects of {@code source} (YAML another tool wrote, such as dekorate's
     * {@code META-INF/dekorate/kubernetes.yml}) in this namespace, as data: each object's
     * {@code metadata.namespace} is set to this namespace, and checks see them like any other object. The
     * returned include gives typed references into them ({@code .service("web").port("http")}). Throws
     * {@link IllegalArgumentException} when the YAML cannot be read, an object is not one Kubernetes knows
     * the shape of, is cluster-scoped or belongs to another namespace. Including a source of the same
     * origin again returns the same include.
     */
    public IncludedManifest.Builder include(ManifestSource source) {
      requireNonNull(source, "source");
      return constructs.child("include", source.origin(), IncludedManifest.Builder.class,
          () -> new IncludedManifest.Builder(scope, this, source), IncludedManifest.Builder::expand);
    }

    /**
     * Declares a Service that exists in this namespace by other means (a chart, an operator,
     * {@code kubectl}) with the ports it is known to expose, and returns the source of typed Ingress
     * backends to it: {@code ns.external(ExternalService.named("longhorn-frontend").port(80)).port(80)}.
     * Nothing is written for it; {@code dangling-backend} counts it as present. Declaring the same
     * object again returns an equal reference; declaring it otherwise throws.
     */
    public ExternalServiceRef external(ExternalService service) {
      return new ExternalServiceRef(name, declareExternal(service));
    }

    /**
     * Declares a Secret that exists in this namespace by other means, and returns the source of typed
     * references to it and its keys; {@code dangling-config-reference} counts it (and its listed keys,
     * or any key when none are listed) as present. Nothing is written for it.
     */
    public ExternalSecretRef external(ExternalSecret secret) {
      return new ExternalSecretRef(name, declareExternal(secret));
    }

    /**
     * Declares a ConfigMap that exists in this namespace by other means, and returns the source of typed
     * references to it and its keys; {@code dangling-config-reference} counts it (and its listed keys,
     * or any key when none are listed) as present. Nothing is written for it.
     */
    public ExternalConfigMapRef external(ExternalConfigMap configMap) {
      return new ExternalConfigMapRef(name, declareExternal(configMap));
    }

    /**
     * Declares a PersistentVolumeClaim that exists in this namespace by other means, and returns a
     * reference to mount it: {@code app.mount("/data", ns.external(ExternalClaim.named("data")))}.
     * Nothing is written for it.
     */
    public PvcRef external(ExternalClaim claim) {
      return new PvcRef(name, declareExternal(claim).name());
    }

    /** Accepts the problems of check {@code checkId} in this namespace, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** Expands every construct of the namespace; {@link ClusterObjects} calls it when the cluster is built. */
    Namespace build() {
      var objects = new ArrayList<KubeObject>();
      var namespace = new io.fabric8.kubernetes.api.model.Namespace();
      var metadata = new ObjectMeta();
      metadata.setName(name);
      if (!labels.isEmpty()) {
        metadata.setLabels(new TreeMap<>(labels));
      }
      namespace.setMetadata(metadata);
      objects.add(new KubeObject(scope.path(), namespace));
      objects.addAll(constructs.expand());
      for (ConfigMap.Builder configMap : configMaps.values()) {
        objects.add(configMap.expand());
      }
      for (Pvc.Builder claim : claims.values()) {
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
      var pods = new ArrayList<KubeObject>(staticPods.size());
      for (StaticPod.Builder pod : staticPods) {
        pods.add(pod.expand());
      }
      return new Namespace(name, objects, builtSecrets, builtIngresses, pods, List.copyOf(externals.values()));
    }

    private <T extends External> T declareExternal(T external) {
      scope.ensureMutable();
      requireNonNull(external, "external");
      var key = external.kind() + "/" + external.name();
      var previous = externals.putIfAbsent(key, external);
      if (previous != null && !previous.equals(external)) {
        throw new IllegalStateException("namespace " + name + " already declares external " + external.kind() + " "
            + external.name() + " as " + previous + "; declare it once");
      }
      if (external instanceof ExternalConfigMap && configMaps.containsKey(external.name())
          || external instanceof ExternalSecret && secrets.containsKey(external.name())
          || external instanceof ExternalClaim && claims.containsKey(external.name())) {
        throw new IllegalStateException("namespace " + name + " declares " + external.kind() + " " + external.name()
            + " itself, so it is not external");
      }
      return external;
    }

    private RoleBinding.Builder roleBinding(String name, String roleKind, String roleName) {
      var binding = constructs.child("roleBinding", name, RoleBinding.Builder.class,
          () -> new RoleBinding.Builder(scope, this.name, name, roleKind, roleName), RoleBinding.Builder::expand);
      if (!binding.binds(roleKind, roleName)) {
        throw new IllegalStateException("role binding " + name + " already grants another role; a binding's role"
            + " cannot change");
      }
      return binding;
    }

    /** A workload; its name must not be taken by a workload of another kind, as they would share their label. */
    private <T> T workload(String kind, String name, Class<T> type, Supplier<T> create,
        Function<T, List<KubeObject>> expand) {
      requireNonNull(name, "name");
      var previous = workloadKinds.get(name);
      if (previous != null && !previous.equals(kind)) {
        throw new IllegalStateException("namespace " + this.name + " already has " + previous + " " + name
            + "; workloads select their pods by name, so each needs its own");
      }
      var workload = constructs.child(kind, name, type, create, expand);
      workloadKinds.put(name, kind);
      return workload;
    }
  }
}
