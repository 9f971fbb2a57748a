package dev.kubeforge.host;

/**
 * Docker's {@code storage-driver}: how image layers and container file systems are stored.
 *
 * @see <a href="https://docs.docker.com/engine/storage/drivers/select-storage-driver/">Docker: storage drivers</a>
 */
public enum StorageDriver {
  /** {@code overlay2}: the default on every current Linux distribution. */
  OVERLAY2,
  /** {@code fuse-overlayfs}: for rootless Docker on old kernels. */
  FUSE_OVERLAYFS,
  /** {@code btrfs}: on a Btrfs data root. */
  BTRFS,
  /** {@code zfs}: on a ZFS data root. */
  ZFS,
  /** {@code vfs}: no copy-on-write; for testing only. */
  VFS;

  /** The name in {@code daemon.json}, such as {@code overlay2}. */
  public String value() {
    return Directives.kebab(this);
  }
}
