package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;

/**
 * A standalone PersistentVolumeClaim, as the seed's {@code mysql1} and {@code pg1} create before their
 * pods: a pod mounts it through {@link Builder#ref()}. For claims per StatefulSet pod, use a
 * {@link ClaimTemplate}.
 */
public final class Pvc {

  private Pvc() {}

  /** Builds a PersistentVolumeClaim; obtained from {@code namespace.pvc("name", size)}. */
  public static final class Builder extends ObjectSettings<Builder, PersistentVolumeClaimBuilder> {
    private ClaimTemplate claim;

    Builder(Scope parent, String namespace, String name, Size size) {
      super(parent, "pvc", namespace, Names.requireDns1123Subdomain("claim name", name));
      this.claim = ClaimTemplate.named(name, size);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets {@code spec.accessModes}. Defaults to ReadWriteOnce. Replaces any previous value. */
    public Builder accessModes(AccessMode... modes) {
      scope().ensureMutable();
      claim = claim.accessModes(modes);
      return this;
    }

    /** Sets {@code spec.storageClassName}. Defaults to the cluster's default class. Replaces any previous value. */
    public Builder storageClass(StorageClassRef storageClass) {
      scope().ensureMutable();
      claim = claim.storageClass(storageClass);
      return this;
    }

    /** Binds the claim to a declared PersistentVolume ({@code spec.volumeName}); see {@link ClaimTemplate#volume}. */
    public Builder volume(PersistentVolumeRef volume) {
      scope().ensureMutable();
      claim = claim.volume(volume);
      return this;
    }

    /** A typed reference to the claim, for mounting it into pods. */
    public PvcRef ref() {
      return new PvcRef(namespace(), name());
    }

    KubeObject expand() {
      var pvc = claim.persistentVolumeClaim();
      pvc.setMetadata(metadata());
      return object(pvc, PersistentVolumeClaimBuilder::new, PersistentVolumeClaimBuilder::build);
    }
  }
}
