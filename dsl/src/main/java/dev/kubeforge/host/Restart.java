package dev.kubeforge.host;

/**
 * {@code Restart=} of a service: when systemd restarts it after it exits.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=">Restart=</a>
 */
public enum Restart {
  /** {@code no}: never (systemd's default). */
  NO,
  /** {@code on-success}: after a clean exit only. */
  ON_SUCCESS,
  /** {@code on-failure}: after an unclean exit code, a signal, a timeout or a watchdog timeout. */
  ON_FAILURE,
  /** {@code on-abnormal}: after a signal, a timeout or a watchdog timeout. */
  ON_ABNORMAL,
  /** {@code on-watchdog}: after a watchdog timeout only. */
  ON_WATCHDOG,
  /** {@code on-abort}: after an uncaught signal only. */
  ON_ABORT,
  /** {@code always}: whatever the reason (kubelet's unit uses it). */
  ALWAYS
}
