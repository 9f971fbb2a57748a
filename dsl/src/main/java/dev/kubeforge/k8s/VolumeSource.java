package dev.kubeforge.k8s;

/**
 * What backs a volume mounted into a container: an {@link EmptyDir}, a {@link HostPath}, an NFS export
 * ({@link NfsVolume}), a cluster object ({@link ObjectVolume}: a PersistentVolumeClaim, ConfigMap or
 * Secret, with options as a {@link KeyVolume}), a StatefulSet's claim template ({@link ClaimTemplateVolume}),
 * a CSI driver's inline volume ({@link CsiVolume}), pod fields ({@link DownwardApiVolume}), several sources
 * in one ({@link ProjectedVolume}), a claim per pod ({@link EphemeralVolume}) or an OCI image
 * ({@link ImageVolume}). Mounting a source adds the volume to the pod; mounting the same source again (in
 * another container or at another path) reuses it.
 */
public sealed interface VolumeSource permits EmptyDir, HostPath, NfsVolume, ObjectVolume, ClaimTemplateVolume,
    CsiVolume, DownwardApiVolume, ProjectedVolume, EphemeralVolume, ImageVolume {

  /** The volume's name in the pod ({@code volumes[].name}, {@code volumeMounts[].name}): a DNS-1123 label. */
  String volumeName();
}
