package dev.kubeforge.host;

/**
 * {@code ProtectHome=}: what the service sees of {@code /home}, {@code /root} and {@code /run/user}.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#ProtectHome=">ProtectHome=</a>
 */
public enum ProtectHome {
  /** {@code yes}: empty and inaccessible. */
  YES,
  /** {@code read-only}: read-only. */
  READ_ONLY,
  /** {@code tmpfs}: an empty tmpfs over each. */
  TMPFS
}
