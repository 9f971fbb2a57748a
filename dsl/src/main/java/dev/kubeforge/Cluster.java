package dev.kubeforge;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Allowance;
import dev.kubeforge.check.ObjectPath;
import dev.kubeforge.check.Scope;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PersistentVolume;
import dev.kubeforge.k8s.PersistentVolumeSource;
import dev.kubeforge.k8s.StorageClass;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A whole cluster, frozen: its namespaces and their objects, its cluster-scoped objects, and the
 * allowances made in its definition. Obtained from {@link Builder#build()}; never changes afterwards.
 *
 * @param name the cluster's name; also the name of its folder in the output
 * @param namespaces the namespaces, in definition order
 * @param clusterObjects cluster-scoped objects: declared StorageClasses and PersistentVolumes, then those
 *     added as is, in definition order
 * @param allowances every {@code allow(checkId, reason)} made in the definition
 */
public record Cluster(
    String name, List<Namespace> namespaces, List<KubeObject> clusterObjects, List<Allowance> allowances) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  public Cluster {
    requireNonNull(name, "name");
    namespaces = List.copyOf(namespaces);
    clusterObjects = List.copyOf(clusterObjects);
    allowances = List.copyOf(allowances);
  }

  /** Starts the definition of a cluster. The name is a DNS-1123 label, such as {@code prod}. */
  public static Builder named(String name) {
    requireNonNull(name, "name");
    if (name.length() > 63 || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("cluster name is not a DNS-1123 label: '" + name
          + "' (lowercase letters, digits and '-', at most 63)");
    }
    return new Builder(name);
  }

  /** The cluster's path, the root of every problem's path: {@code cluster prod}. */
  public ObjectPath path() {
    return ObjectPath.of("cluster", name);
  }

  /** Every Kubernetes object of the cluster: cluster-scoped ones first, then each namespace's. */
  public List<KubeObject> objects() {
    var all = new ArrayList<KubeObject>(clusterObjects);
    for (Namespace namespace : namespaces) {
      all.addAll(namespace.objects());
    }
    return all;
  }

  /** Builds a {@link Cluster}; obtained from {@link Cluster#named(String)}. */
  public static final class Builder {
    private final String name;
    private final Scope scope;
    private final LinkedHashMap<String, Namespace.Builder> namespaces = new LinkedHashMap<>();
    private final List<HasMetadata> added = new ArrayList<>();
    private final LinkedHashMap<String, StorageClass.Builder> storageClasses = new LinkedHashMap<>();
    private final LinkedHashMap<String, PersistentVolume.Builder> volumes = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
      this.scope = Scope.root("cluster", name);
    }

    /**
     * The namespace of that name, created on first use; calling it again returns the same namespace.
     * The Namespace object itself is generated.
     */
    public Namespace.Builder namespace(String name) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      return namespaces.computeIfAbsent(name, n -> new Namespace.Builder(scope, n));
    }

    /**
     * The StorageClass of that name, whose volumes {@code provisioner} creates (such as
     * {@code example.com/nfs} for the seed's nfs-provisioner). Calling it again with the same name
     * returns the same class; the provisioner must then be the same.
     */
    public StorageClass.Builder storageClass(String name, String provisioner) {
      scope.ensureMutable();
      requireNonNull(name, "name");
      requireNonNull(provisioner, "provisioner");
      var storageClass = storageClasses.computeIfAbsent(name, n -> new StorageClass.Builder(scope, n, provisioner));
      if (!storageClass.provisioner().equals(provisioner)) {
        throw new IllegalStateException("storage class " + name + " already has provisioner "
            + storageClass.provisioner() + ", not " + provisioner);
      }
      return storageClass;
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
     * Adds a cluster-scoped fabric8 object as is, such as a {@code ClusterRole} or a
     * {@code StorageClass}. Namespaced objects belong to {@code namespace(..).add(..)}.
     */
    public Builder add(HasMetadata resource) {
      scope.ensureMutable();
      requireNonNull(resource, "resource");
      if (resource instanceof Namespaced) {
        throw new IllegalArgumentException(resource.getKind()
            + " is namespaced: add it with cluster.namespace(\"...\").add(..), not to cluster " + name);
      }
      added.add(resource);
      return this;
    }

    /** Accepts the problems of check {@code checkId} anywhere in the cluster, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /**
     * Expands every construct, runs the customizers and freezes the cluster. Any later change through
     * a builder of this cluster throws {@link IllegalStateException}.
     */
    public Cluster build() {
      var builtNamespaces = new ArrayList<Namespace>(namespaces.size());
      for (Namespace.Builder namespace : namespaces.values()) {
        builtNamespaces.add(namespace.build());
      }
      var clusterObjects = new ArrayList<KubeObject>(added.size());
      storageClasses.values().forEach(storageClass -> clusterObjects.add(storageClass.build()));
      volumes.values().forEach(volume -> clusterObjects.add(volume.build()));
      for (HasMetadata resource : added) {
        var metadata = resource.getMetadata();
        var objectName = metadata == null || metadata.getName() == null ? "(unnamed)" : metadata.getName();
        clusterObjects.add(new KubeObject(
            scope.path().child(resource.getKind().toLowerCase(Locale.ROOT), objectName), resource));
      }
      var allowances = scope.freeze();
      return new Cluster(name, builtNamespaces, clusterObjects, allowances);
    }
  }
}
