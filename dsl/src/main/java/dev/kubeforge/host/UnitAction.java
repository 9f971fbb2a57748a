package dev.kubeforge.host;

/**
 * What systemd does when a unit fails, succeeds or hits its start rate limit: {@code FailureAction=},
 * {@code SuccessAction=} and {@code StartLimitAction=} in {@code [Unit]}, rendered in kebab case
 * ({@code reboot-force}).
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.unit.html#FailureAction=">FailureAction=</a>
 */
public enum UnitAction {
  /** {@code none}: nothing (systemd's default). */
  NONE,
  /** {@code reboot}: a clean reboot, every unit stopped. */
  REBOOT,
  /** {@code reboot-force}: a reboot that kills services without stopping them cleanly. */
  REBOOT_FORCE,
  /** {@code reboot-immediate}: reboot(2) at once, no unit stopped. */
  REBOOT_IMMEDIATE,
  /** {@code poweroff}: a clean power-off. */
  POWEROFF,
  /** {@code poweroff-force}: a power-off that kills services. */
  POWEROFF_FORCE,
  /** {@code poweroff-immediate}: power off at once. */
  POWEROFF_IMMEDIATE,
  /** {@code exit}: the service manager exits cleanly (user managers, containers). */
  EXIT,
  /** {@code exit-force}: the service manager exits at once. */
  EXIT_FORCE
}
