package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.Size;
import dev.kubeforge.check.Scope;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A standalone PersistentVolumeClaim, as the seed's {@code mysql1} and {@code pg1} create before their
 * pods: a pod mounts it through {@link Builder#ref()}. For claims per StatefulSet pod, use a
 * {@link ClaimTemplate}.
 */
public final class VolumeClaim {

  private VolumeClaim() {}

  /** Builds a PersistentVolumeClaim; obtained from {@code namespace.pvc("name", size)}. */
  public static final class Builder {
    private final Scope scope;
    private final String namespace;
    private ClaimTemplate claim;
    private final List<Consumer<PersistentVolumeClaimBuilder>> customizers = new ArrayList<>();

    Builder(Scope parent, String namespace, String name, Size size) {
      this.claim = ClaimTemplate.named(name, size);
      this.namespace = namespace;
      this.scope = parent.child("pvc", name);
    }

    /** Sets {@code spec.accessModes}. Defaults to ReadWriteOnce. Replaces any previous value. */
    public Builder accessModes(AccessMode... modes) {
      scope.ensureMutable();
      claim = claim.accessModes(modes);
      return this;
    }

    /** Sets {@code spec.storageClassName}. Defaults to the cluster's default class. Replaces any previous value. */
    public Builder storageClass(StorageClassRef storageClass) {
      scope.ensureMutable();
      claim = claim.storageClass(storageClass);
      return this;
    }

    /** Binds the claim to a declared PersistentVolume ({@code spec.volumeName}); see {@link ClaimTemplate#volume}. */
    public Builder volume(PersistentVolumeRef volume) {
      scope.ensureMutable();
      claim = claim.volume(volume);
      return this;
    }

    /** Adds a label to the claim. Replaces a label of the same key. */
    public Builder label(String key, String value) {
      scope.ensureMutable();
      claim = claim.label(key, value);
      return this;
    }

    /** Changes the expanded claim with fabric8's builder, after expansion and before checks. */
    public Builder customize(Consumer<PersistentVolumeClaimBuilder> customizer) {
      scope.ensureMutable();
      customizers.add(requireNonNull(customizer, "customizer"));
      return this;
    }

    /** Accepts the problems of check {@code checkId} on this claim, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** A typed reference to the claim, for mounting it into pods. */
    public Pvc ref() {
      return new Pvc(namespace, claim.name());
    }

    KubeObject expand() {
      var pvc = claim.persistentVolumeClaim();
      pvc.getMetadata().setNamespace(namespace);
      return new KubeObject(scope.path(), Customizers.apply(pvc, customizers,
          PersistentVolumeClaimBuilder::new, PersistentVolumeClaimBuilder::build));
    }
  }
}
