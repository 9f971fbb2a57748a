package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The Kubernetes side of a cluster under construction: its namespaces, its cluster-scoped constructs
 * (ClusterRoles, ClusterRoleBindings, PriorityClasses, StorageClasses, PersistentVolumes) and the
 * cluster-scoped objects added as is. {@code Cluster.Builder} holds one and offers its methods as
 * {@code cluster.namespace(..)}, {@code cluster.clusterRole(..)} and so on.
 *
 * <p>It is the one door from the cluster aggregate into this package's builders, whose constructors and
 * {@code build()} methods are package-private. Definitions never use it: it needs the cluster's
 * {@link Scope}, which only {@code Cluster.named(..)} makes, and what it offers the cluster builder
 * already offers.
 */
public final class ClusterObjects {

  private final Scope scope;
  private final Constructs constructs;
  private final LinkedHashMap<String, Namespace.Builder> namespaces = new LinkedHashMap<>();
  private final LinkedHashMap<String, StorageClass.Builder> storageClasses = new LinkedHashMap<>();
  private final LinkedHashMap<String, PersistentVolume.Builder> volumes = new LinkedHashMap<>();
  private final LinkedHashMap<String, ExternalStorageClass> externalStorageClasses = new LinkedHashMap<>();
  private final List<HasMetadata> added = new ArrayList<>();

  /** The Kubernetes side of the cluster whose scope is {@code cluster}; made by the cluster builder. */
  public ClusterObjects(Scope cluster) {
    this.scope = requireNonNull(cluster, "cluster");
    this.constructs = new Constructs(cluster);
  }

  /** The namespace of that name, created on first use; calling it again returns the same namespace. */
  public Namespace.Builder namespace(String name) {
    scope.ensureMutable();
    requireNonNull(name, "name");
    return namespaces.computeIfAbsent(name, n -> new Namespace.Builder(scope, n));
  }

  /** The ClusterRole of that name. Calling it again returns the same one. */
  public ClusterRole.Builder clusterRole(String name) {
    return constructs.child("clusterRole", name, ClusterRole.Builder.class, () -> new ClusterRole.Builder(scope, name),
        ClusterRole.Builder::expand);
  }

  /**
   * The ClusterRoleBinding of that name, granting {@code role} across the cluster. Calling it again with
   * the same name and role returns the same one.
   */
  public ClusterRoleBinding.Builder clusterRoleBinding(String name, ClusterRoleRef role) {
    requireNonNull(role, "role");
    var binding = constructs.child("clusterRoleBinding", name, ClusterRoleBinding.Builder.class,
        () -> new ClusterRoleBinding.Builder(scope, name, role), ClusterRoleBinding.Builder::expand);
    if (!binding.binds("ClusterRole", role.clusterRoleName())) {
      throw new IllegalStateException("cluster role binding " + name + " already grants another role; a binding's"
          + " role cannot change");
    }
    return binding;
  }

  /**
   * The PriorityClass of that name with {@code value} (higher wins; at most 1,000,000,000). Calling it
   * again with the same name and value returns the same one.
   */
  public PriorityClass.Builder priorityClass(String name, int value) {
    var priorityClass = constructs.child("priorityClass", name, PriorityClass.Builder.class,
        () -> new PriorityClass.Builder(scope, name, value), PriorityClass.Builder::expand);
    if (priorityClass.value() != value) {
      throw new IllegalStateException("priority class " + name + " already has value " + priorityClass.value());
    }
    return priorityClass;
  }

  /**
   * The StorageClass of that name, whose volumes {@code provisioner} creates. Calling it again with the
   * same name returns the same class; the provisioner must then be the same.
   */
  public StorageClass.Builder storageClass(String name, String provisioner) {
    scope.ensureMutable();
    requireNonNull(name, "name");
    requireNonNull(provisioner, "provisioner");
    if (externalStorageClasses.containsKey(name)) {
      throw new IllegalStateException("storage class " + name + " is declared external, so the cluster cannot"
          + " declare it too");
    }
    var storageClass = storageClasses.computeIfAbsent(name, n -> new StorageClass.Builder(scope, n, provisioner));
    if (!storageClass.provisioner().equals(provisioner)) {
      throw new IllegalStateException("storage class " + name + " already has provisioner "
          + storageClass.provisioner() + ", not " + provisioner);
    }
    return storageClass;
  }

  /**
   * Declares a StorageClass that exists by other means and returns the reference claims name; see
   * {@link ExternalStorageClass}. Declaring it again returns an equal reference.
   */
  public StorageClassRef external(ExternalStorageClass storageClass) {
    scope.ensureMutable();
    requireNonNull(storageClass, "storageClass");
    if (storageClasses.containsKey(storageClass.name())) {
      throw new IllegalStateException("storage class " + storageClass.name() + " is declared by the cluster,"
          + " so it is not external");
    }
    externalStorageClasses.putIfAbsent(storageClass.name(), storageClass);
    return StorageClassRef.named(storageClass.name());
  }

  /**
   * The statically declared PersistentVolume of that name, holding {@code capacity} at {@code source}.
   * Calling it again with the same name returns the same volume (the first call's capacity and source stay).
   */
  public PersistentVolume.Builder persistentVolume(String name, Size capacity, PersistentVolumeSource source) {
    scope.ensureMutable();
    requireNonNull(name, "name");
    return volumes.computeIfAbsent(name, n -> new PersistentVolume.Builder(scope, n, capacity, source));
  }

  /**
   * Adds a copy of a cluster-scoped fabric8 object, so later changes to {@code resource} do not reach the
   * cluster. Throws {@link IllegalArgumentException} for a namespaced object.
   */
  public void add(HasMetadata resource) {
    scope.ensureMutable();
    requireNonNull(resource, "resource");
    if (resource instanceof Namespaced) {
      throw new IllegalArgumentException(resource.getKind()
          + " is namespaced: add it with cluster.namespace(\"...\").add(..), not to " + scope.path());
    }
    added.add(DeepCopy.of(resource));
  }

  /**
   * Expands every namespace, then every cluster-scoped construct in the order they were first named, then
   * the StorageClasses, the PersistentVolumes and the objects added as is; called when the cluster is built.
   */
  public Expansion expand() {
    var builtNamespaces = new ArrayList<Namespace>(namespaces.size());
    for (Namespace.Builder namespace : namespaces.values()) {
      builtNamespaces.add(namespace.build());
    }
    var clusterObjects = new ArrayList<KubeObject>(constructs.expand());
    storageClasses.values().forEach(storageClass -> clusterObjects.add(storageClass.build()));
    volumes.values().forEach(volume -> clusterObjects.add(volume.build()));
    for (HasMetadata resource : added) {
      var metadata = resource.getMetadata();
      var objectName = metadata == null || metadata.getName() == null ? "(unnamed)" : metadata.getName();
      clusterObjects.add(new KubeObject(
          scope.path().child(resource.getKind().toLowerCase(Locale.ROOT), objectName), resource));
    }
    return new Expansion(builtNamespaces, clusterObjects, List.copyOf(externalStorageClasses.values()));
  }

  /**
   * What {@link #expand()} gives the cluster.
   *
   * @param namespaces the namespaces, in definition order
   * @param clusterObjects the cluster-scoped objects: the declared ones, then those added as is
   * @param externalStorageClasses the StorageClasses declared external, in declaration order
   */
  public record Expansion(List<Namespace> namespaces, List<KubeObject> clusterObjects,
      List<ExternalStorageClass> externalStorageClasses) {
    public Expansion {
      namespaces = List.copyOf(namespaces);
      clusterObjects = List.copyOf(clusterObjects);
      externalStorageClasses = List.copyOf(externalStorageClasses);
    }
  }
}
