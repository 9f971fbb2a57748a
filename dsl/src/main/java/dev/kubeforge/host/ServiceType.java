package dev.kubeforge.host;

/**
 * {@code Type=} of a service: how systemd decides the service has started.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=">Type=</a>
 */
public enum ServiceType {
  /** {@code simple}: started as soon as the process is forked (systemd's default). */
  SIMPLE,
  /** {@code exec}: started once the program has been executed. */
  EXEC,
  /** {@code forking}: started when the launched process exits, leaving a daemon behind. */
  FORKING,
  /** {@code oneshot}: started when the process exits; may have several {@code ExecStart=}. */
  ONESHOT,
  /** {@code dbus}: started when the service takes its D-Bus name. */
  DBUS,
  /** {@code notify}: started when the service sends {@code READY=1} (dockerd, containerd and kubelet do). */
  NOTIFY,
  /** {@code idle}: like simple, delayed until other jobs are dispatched. */
  IDLE
}
