package dev.kubeforge.host;

/**
 * A boolean sandboxing directive of systemd.exec(5), written {@code Key=yes} in {@code [Service]} by
 * {@link Service#sandboxing(Sandboxing...)}: the hardening lines distribution units carry.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#Sandboxing">systemd.exec(5): Sandboxing</a>
 */
public enum Sandboxing {
  /** {@code NoNewPrivileges=yes}: no process of the service gains privileges through execve (setuid, file capabilities). */
  NO_NEW_PRIVILEGES("NoNewPrivileges"),
  /** {@code PrivateTmp=yes}: a private {@code /tmp} and {@code /var/tmp}. */
  PRIVATE_TMP("PrivateTmp"),
  /** {@code PrivateDevices=yes}: a minimal {@code /dev} without physical devices. */
  PRIVATE_DEVICES("PrivateDevices"),
  /** {@code PrivateNetwork=yes}: only a loopback interface. */
  PRIVATE_NETWORK("PrivateNetwork"),
  /** {@code PrivateIPC=yes}: a private IPC namespace. */
  PRIVATE_IPC("PrivateIPC"),
  /** {@code PrivateMounts=yes}: mounts made by the service stay inside it. */
  PRIVATE_MOUNTS("PrivateMounts"),
  /** {@code ProtectKernelTunables=yes}: {@code /proc/sys}, {@code /sys} and the like read-only. */
  PROTECT_KERNEL_TUNABLES("ProtectKernelTunables"),
  /** {@code ProtectKernelModules=yes}: no module loading. */
  PROTECT_KERNEL_MODULES("ProtectKernelModules"),
  /** {@code ProtectKernelLogs=yes}: no access to the kernel log ring buffer. */
  PROTECT_KERNEL_LOGS("ProtectKernelLogs"),
  /** {@code ProtectControlGroups=yes}: the cgroup hierarchy read-only. */
  PROTECT_CONTROL_GROUPS("ProtectControlGroups"),
  /** {@code ProtectClock=yes}: no changes to the system clock. */
  PROTECT_CLOCK("ProtectClock"),
  /** {@code ProtectHostname=yes}: no changes to the hostname. */
  PROTECT_HOSTNAME("ProtectHostname"),
  /** {@code RestrictRealtime=yes}: no realtime scheduling. */
  RESTRICT_REALTIME("RestrictRealtime"),
  /** {@code RestrictSUIDSGID=yes}: no setuid or setgid files created. */
  RESTRICT_SUID_SGID("RestrictSUIDSGID"),
  /** {@code LockPersonality=yes}: the execution domain locked. */
  LOCK_PERSONALITY("LockPersonality"),
  /** {@code MemoryDenyWriteExecute=yes}: no memory both writable and executable (breaks JITs). */
  MEMORY_DENY_WRITE_EXECUTE("MemoryDenyWriteExecute"),
  /** {@code RemoveIPC=yes}: the service user's IPC objects removed when it stops. */
  REMOVE_IPC("RemoveIPC");

  private final String key;

  Sandboxing(String key) {
    this.key = key;
  }

  /** The directive's key, such as {@code NoNewPrivileges}. */
  public String key() {
    return key;
  }
}
