package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.NFSVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * An NFS export mounted straight into the pod, without a PersistentVolume and claim, as homelab media
 * servers do: {@code app.mount("/media", NfsVolume.of("media", "nas.lan", "/export/media"))}. Maps to
 * {@code volumes[].nfs}. For a volume other workloads claim, use {@code cluster.persistentVolume(..)}.
 *
 * @param volumeName the volume's name in the pod
 * @param export the server, the exported path and whether the export is mounted read-only
 * @see <a href="https://kubernetes.io/docs/concepts/storage/volumes/#nfs">nfs volumes</a>
 */
public record NfsVolume(String volumeName, PersistentVolumeSource.Nfs export) implements VolumeSource {

  /** Checks the name; a name Kubernetes refuses throws {@link IllegalArgumentException}. */
  public NfsVolume {
    Names.requireDns1123Label("volume name", volumeName);
    requireNonNull(export, "export");
  }

  /** The export {@code path} of NFS server {@code server} (a host name or address), read-write. */
  public static NfsVolume of(String volumeName, String server, String path) {
    return new NfsVolume(volumeName, PersistentVolumeSource.nfs(server, path));
  }

  /** Returns a copy that mounts the export read-only for every container ({@code nfs.readOnly: true}). */
  public NfsVolume readOnly() {
    return new NfsVolume(volumeName, export.mountedReadOnly());
  }

  void describe(Volume volume) {
    var source = new NFSVolumeSource();
    source.setServer(export.server());
    source.setPath(export.path());
    if (export.readOnly()) {
      source.setReadOnly(true);
    }
    volume.setNfs(source);
  }
}
