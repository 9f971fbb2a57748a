package dev.kubeforge.host;

/**
 * {@code MountFlags=} in {@code [Service]}: how mounts propagate between the host and the service's
 * mount namespace. Rendered in lower case ({@code shared}).
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#MountFlags=">MountFlags=</a>
 */
public enum MountPropagation {
  /** {@code shared}: mounts propagate both ways (systemd's default; what Docker's unit once set). */
  SHARED,
  /** {@code slave}: host mounts reach the service, the service's stay inside. */
  SLAVE,
  /** {@code private}: nothing propagates either way. */
  PRIVATE
}
