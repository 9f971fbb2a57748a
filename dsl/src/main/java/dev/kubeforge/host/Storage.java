package dev.kubeforge.host;

import java.util.Locale;

/** journald's {@code Storage=}: where the journal is kept. */
public enum Storage {
  /** {@code volatile}: in memory only, under {@code /run/log/journal}. */
  VOLATILE,
  /** {@code persistent}: on disk under {@code /var/log/journal}, created when missing. */
  PERSISTENT,
  /** {@code auto}: on disk when {@code /var/log/journal} exists, else in memory (journald's default). */
  AUTO,
  /** {@code none}: dropped; forwarding still works. */
  NONE;

  /** The value in {@code journald.conf}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
