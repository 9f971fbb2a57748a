package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.LocalVolumeSource;
import io.fabric8.kubernetes.api.model.NFSVolumeSource;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeNodeAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statically declared PersistentVolume (the seed's "static" kind: created before the claim that
 * binds it). Cluster-scoped; a claim binds it with {@code .volume(pv.ref())}.
 */
public final class PersistentVolume {

  private PersistentVolume() {}

  /** Builds a PersistentVolume; obtained from {@code cluster.persistentVolume("name", size, source)}. */
  public static final class Builder extends ObjectSettings<Builder, PersistentVolumeBuilder> {
    private final Size capacity;
    private final PersistentVolumeSource source;
    private List<AccessMode> accessModes = List.of(AccessMode.READ_WRITE_ONCE);
    private ReclaimPolicy reclaimPolicy = ReclaimPolicy.RETAIN;
    private String storageClass;
    private final List<String> mountOptions = new ArrayList<>();

    /** Creates the builder of a volume in {@code cluster}'s scope; called by the cluster. */
    Builder(Scope cluster, String name, Size capacity, PersistentVolumeSource source) {
      super(cluster, "persistentvolume", null, Names.requireDns1123Subdomain("persistent volume name", name));
      this.capacity = requireNonNull(capacity, "capacity");
      this.source = requireNonNull(source, "source");
      if (capacity.bytes() == 0) {
        throw new IllegalArgumentException("persistent volume " + name + " must hold more than 0 bytes");
      }
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets {@code spec.accessModes}. Defaults to ReadWriteOnce. Replaces any previous value. */
    public Builder accessModes(AccessMode... modes) {
      scope().ensureMutable();
      if (modes.length == 0) {
        throw new IllegalArgumentException("persistent volume " + name() + " needs at least one access mode");
      }
      accessModes = List.of(modes);
      return this;
    }

    /**
     * Sets {@code spec.persistentVolumeReclaimPolicy}. Defaults to {@code Retain}, as Kubernetes does for
     * volumes created by hand. Replaces any previous value.
     */
    public Builder reclaimPolicy(ReclaimPolicy policy) {
      scope().ensureMutable();
      reclaimPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets {@code spec.storageClassName}: only claims of that class bind it. Defaults to none. */
    public Builder storageClass(StorageClassRef storageClass) {
      scope().ensureMutable();
      this.storageClass = requireNonNull(storageClass, "storageClass").name();
      return this;
    }

    /** Adds a mount option ({@code spec.mountOptions}), such as {@code nfsvers=4.1}; order is kept. */
    public Builder mountOption(String option) {
      scope().ensureMutable();
      mountOptions.add(requireNonNull(option, "option"));
      return this;
    }

    /** A typed reference to this volume, for binding a claim to it. */
    public PersistentVolumeRef ref() {
      return new PersistentVolumeRef(name());
    }

    /** Expands the volume into its object, customized; the cluster calls it when it is built. */
    KubeObject build() {
      var spec = new PersistentVolumeSpec();
      spec.setCapacity(new TreeMap<>(Map.of("storage", new Quantity(capacity.quantity()))));
      var modes = new ArrayList<String>(accessModes.size());
      accessModes.forEach(mode -> modes.add(mode.value()));
      spec.setAccessModes(modes);
      spec.setPersistentVolumeReclaimPolicy(reclaimPolicy.value());
      spec.setStorageClassName(storageClass);
      if (!mountOptions.isEmpty()) {
        spec.setMountOptions(new ArrayList<>(mountOptions));
      }
      if (source instanceof PersistentVolumeSource.Nfs nfs) {
        var volume = new NFSVolumeSource();
        volume.setServer(nfs.server());
        volume.setPath(nfs.path());
        volume.setReadOnly(nfs.readOnly());
        spec.setNfs(volume);
      } else if (source instanceof PersistentVolumeSource.HostPath hostPath) {
        var volume = new HostPathVolumeSource();
        volume.setPath(hostPath.path());
        volume.setType(hostPath.type());
        spec.setHostPath(volume);
      } else {
        var local = (PersistentVolumeSource.Local) source;
        var volume = new LocalVolumeSource();
        volume.setPath(local.path());
        spec.setLocal(volume);
        spec.setNodeAffinity(onNode(local.node()));
      }
      var volume = new io.fabric8.kubernetes.api.model.PersistentVolume();
      volume.setMetadata(metadata());
      volume.setSpec(spec);
      return object(volume, PersistentVolumeBuilder::new, PersistentVolumeBuilder::build);
    }

    private static VolumeNodeAffinity onNode(String node) {
      var requirement = new NodeSelectorRequirement();
      requirement.setKey("kubernetes.io/hostname");
      requirement.setOperator("In");
      requirement.setValues(new ArrayList<>(List.of(node)));
      var term = new NodeSelectorTerm();
      term.setMatchExpressions(new ArrayList<>(List.of(requirement)));
      var selector = new NodeSelector();
      selector.setNodeSelectorTerms(new ArrayList<>(List.of(term)));
      var affinity = new VolumeNodeAffinity();
      affinity.setRequired(selector);
      return affinity;
    }
  }
}
