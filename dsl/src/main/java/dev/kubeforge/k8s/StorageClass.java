package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A StorageClass: which provisioner creates volumes for claims that name it, with which parameters, and
 * what happens to them afterwards. Cluster-scoped.
 *
 * <pre>{@code
 * var nfs = cluster.storageClass("nfs", "example.com/nfs").reclaimPolicy(ReclaimPolicy.RETAIN);
 * ns.pvc("mysql-data", Size.gib(10)).storageClass(nfs.ref());
 * }</pre>
 *
 * @param name the class's name
 * @param provisioner the provisioner, such as {@code example.com/nfs} or {@code nfs.csi.k8s.io}
 * @param parameters the provisioner's parameters, sorted
 * @param reclaimPolicy {@code reclaimPolicy}
 * @param bindingMode {@code volumeBindingMode}
 * @param allowVolumeExpansion {@code allowVolumeExpansion}
 * @param mountOptions {@code mountOptions}, in order
 * @param defaultClass whether claims without a class get this one
 * @param labels the class's labels, sorted
 */
public record StorageClass(
    String name,
    String provisioner,
    SortedMap<String, String> parameters,
    ReclaimPolicy reclaimPolicy,
    VolumeBindingMode bindingMode,
    boolean allowVolumeExpansion,
    List<String> mountOptions,
    boolean defaultClass,
    SortedMap<String, String> labels) {

  /** The annotation that makes a class the default. */
  public static final String DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

  public StorageClass {
    requireNonNull(name, "name");
    requireNonNull(provisioner, "provisioner");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    requireNonNull(reclaimPolicy, "reclaimPolicy");
    requireNonNull(bindingMode, "bindingMode");
    mountOptions = List.copyOf(mountOptions);
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /** The StorageClass, built with setters; every default is written out. */
  io.fabric8.kubernetes.api.model.storage.StorageClass toStorageClass() {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    if (!labels.isEmpty()) {
      metadata.setLabels(new TreeMap<>(labels));
    }
    if (defaultClass) {
      metadata.setAnnotations(new TreeMap<>(Map.of(DEFAULT_CLASS_ANNOTATION, "true")));
    }
    var storageClass = new io.fabric8.kubernetes.api.model.storage.StorageClass();
    storageClass.setMetadata(metadata);
    storageClass.setProvisioner(provisioner);
    if (!parameters.isEmpty()) {
      storageClass.setParameters(new TreeMap<>(parameters));
    }
    storageClass.setReclaimPolicy(reclaimPolicy.value());
    storageClass.setVolumeBindingMode(bindingMode.value());
    storageClass.setAllowVolumeExpansion(allowVolumeExpansion);
    if (!mountOptions.isEmpty()) {
      storageClass.setMountOptions(new ArrayList<>(mountOptions));
    }
    return storageClass;
  }

  /** Builds a {@link StorageClass}; obtained from {@code cluster.storageClass("name", provisioner)}. */
  public static final class Builder extends ObjectSettings<Builder, StorageClassBuilder> {
    private final String provisioner;
    private final TreeMap<String, String> parameters = new TreeMap<>();
    private ReclaimPolicy reclaimPolicy = ReclaimPolicy.DELETE;
    private VolumeBindingMode bindingMode = VolumeBindingMode.IMMEDIATE;
    private boolean allowVolumeExpansion;
    private final List<String> mountOptions = new ArrayList<>();
    private boolean defaultClass;

    /** Creates the builder of a class in {@code cluster}'s scope; called by the cluster. */
    Builder(Scope cluster, String name, String provisioner) {
      super(cluster, "storageclass", null, Names.requireDns1123Subdomain("storage class name", name));
      requireNonNull(provisioner, "provisioner");
      if (provisioner.isBlank() || provisioner.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException("provisioner must be a name without spaces, such as example.com/nfs: '"
            + provisioner + "'");
      }
      this.provisioner = provisioner;
    }

    @Override
    Builder self() {
      return this;
    }

    /** Adds a provisioner parameter ({@code parameters}). Replaces a parameter of the same key. */
    public Builder parameter(String key, String value) {
      scope().ensureMutable();
      parameters.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /** Sets {@code reclaimPolicy}. Defaults to {@code Delete}, as Kubernetes does. Replaces any previous value. */
    public Builder reclaimPolicy(ReclaimPolicy policy) {
      scope().ensureMutable();
      this.reclaimPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets {@code volumeBindingMode}. Defaults to {@code Immediate}, as Kubernetes does. Replaces any previous value. */
    public Builder bindingMode(VolumeBindingMode mode) {
      scope().ensureMutable();
      this.bindingMode = requireNonNull(mode, "mode");
      return this;
    }

    /** Sets {@code allowVolumeExpansion}. Defaults to false. Replaces any previous value. */
    public Builder allowVolumeExpansion(boolean allow) {
      scope().ensureMutable();
      this.allowVolumeExpansion = allow;
      return this;
    }

    /** Adds a mount option ({@code mountOptions}), such as {@code nfsvers=4.1}; order is kept. */
    public Builder mountOption(String option) {
      scope().ensureMutable();
      mountOptions.add(requireNonNull(option, "option"));
      return this;
    }

    /**
     * Makes this the cluster's default class: claims without {@code storageClassName} get it
     * (annotation {@code storageclass.kubernetes.io/is-default-class: "true"}). At most one class may be.
     */
    public Builder defaultClass() {
      scope().ensureMutable();
      this.defaultClass = true;
      return this;
    }

    /** The provisioner given when the class was declared. */
    public String provisioner() {
      return provisioner;
    }

    /** A typed reference to this class, for claims and claim templates. */
    public StorageClassRef ref() {
      return new StorageClassRef(name());
    }

    /** Expands the class into its object, customized; the cluster calls it when it is built. */
    KubeObject build() {
      var storageClass = new StorageClass(name(), provisioner, parameters, reclaimPolicy, bindingMode,
          allowVolumeExpansion, mountOptions, defaultClass, labels()).toStorageClass();
      return object(storageClass, StorageClassBuilder::new, StorageClassBuilder::build);
    }
  }
}
