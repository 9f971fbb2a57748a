package dev.kubeforge.host;

import java.util.Locale;

/** Docker's {@code log-level}: how much the daemon itself logs. */
public enum DockerLogLevel {
  /** {@code debug}. */
  DEBUG,
  /** {@code info} (dockerd's default). */
  INFO,
  /** {@code warn}. */
  WARN,
  /** {@code error}. */
  ERROR,
  /** {@code fatal}. */
  FATAL;

  /** The name in {@code daemon.json}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
