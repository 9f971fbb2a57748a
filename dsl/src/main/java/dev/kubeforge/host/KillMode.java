package dev.kubeforge.host;

/**
 * {@code KillMode=}: which processes of a unit are killed when it stops.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.kill.html#KillMode=">KillMode=</a>
 */
public enum KillMode {
  /** {@code control-group}: every process of the unit's cgroup (systemd's default). */
  CONTROL_GROUP,
  /** {@code mixed}: SIGTERM to the main process, SIGKILL to the rest. */
  MIXED,
  /** {@code process}: the main process only (containerd's unit uses it, so containers survive a restart). */
  PROCESS,
  /** {@code none}: no process. */
  NONE
}
