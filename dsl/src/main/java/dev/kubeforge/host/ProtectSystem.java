package dev.kubeforge.host;

/**
 * {@code ProtectSystem=}: which of the OS's directories the service sees read-only.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#ProtectSystem=">ProtectSystem=</a>
 */
public enum ProtectSystem {
  /** {@code yes}: {@code /usr} and the boot loader directories. */
  YES,
  /** {@code full}: those and {@code /etc}. */
  FULL,
  /** {@code strict}: the whole file system but the API file systems; writable paths go in {@code ReadWritePaths=}. */
  STRICT
}
