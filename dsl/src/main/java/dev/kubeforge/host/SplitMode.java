package dev.kubeforge.host;

import java.util.Locale;

/** journald's {@code SplitMode=}: whether each user gets a journal file of their own. */
public enum SplitMode {
  /** {@code uid}: one file per user (journald's default). */
  UID,
  /** {@code none}: one file for everything. */
  NONE;

  /** The value in {@code journald.conf}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
