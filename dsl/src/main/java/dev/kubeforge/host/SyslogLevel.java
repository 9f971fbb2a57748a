package dev.kubeforge.host;

import java.util.Locale;

/** A syslog priority, as journald's {@code MaxLevel*=} directives take it; from most to least severe. */
public enum SyslogLevel {
  /** {@code emerg}. */
  EMERG,
  /** {@code alert}. */
  ALERT,
  /** {@code crit}. */
  CRIT,
  /** {@code err}. */
  ERR,
  /** {@code warning}. */
  WARNING,
  /** {@code notice}. */
  NOTICE,
  /** {@code info}. */
  INFO,
  /** {@code debug}. */
  DEBUG;

  /** The value in {@code journald.conf}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
