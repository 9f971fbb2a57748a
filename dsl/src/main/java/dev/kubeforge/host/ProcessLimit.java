package dev.kubeforge.host;

import java.util.Locale;

/**
 * A per-process resource limit (setrlimit(2)): {@code LimitNOFILE=} in a service, {@code nofile} in
 * Docker's {@code default-ulimits}.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Process%20Properties">Process properties</a>
 */
public enum ProcessLimit {
  /** CPU time in seconds. */
  CPU,
  /** Largest file size. */
  FSIZE,
  /** Data segment size. */
  DATA,
  /** Stack size. */
  STACK,
  /** Core dump size. */
  CORE,
  /** Resident set size. */
  RSS,
  /** Open file descriptors. */
  NOFILE,
  /** Address space size. */
  AS,
  /** Processes of the user. */
  NPROC,
  /** Locked memory. */
  MEMLOCK,
  /** File locks. */
  LOCKS,
  /** Pending signals. */
  SIGPENDING,
  /** POSIX message queue bytes. */
  MSGQUEUE,
  /** Nice priority ceiling. */
  NICE,
  /** Real-time priority ceiling. */
  RTPRIO,
  /** Real-time CPU time in microseconds. */
  RTTIME;

  /** The systemd key, such as {@code LimitNOFILE}. */
  public String key() {
    return "Limit" + name();
  }

  /** The name Docker uses, such as {@code nofile}. */
  public String ulimitName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
