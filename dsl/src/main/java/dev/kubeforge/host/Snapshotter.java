package dev.kubeforge.host;

import java.util.Locale;

/** containerd's snapshotter for Kubernetes images: how image layers are unpacked and mounted. */
public enum Snapshotter {
  /** {@code overlayfs}: containerd's default on Linux. */
  OVERLAYFS,
  /** {@code native}: plain copies; slow, for file systems without overlay support. */
  NATIVE,
  /** {@code btrfs}: Btrfs subvolumes. */
  BTRFS,
  /** {@code zfs}: ZFS datasets. */
  ZFS,
  /** {@code devmapper}: device-mapper thin provisioning, as Kata Containers and Firecracker use. */
  DEVMAPPER;

  /** The name in {@code config.toml}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
