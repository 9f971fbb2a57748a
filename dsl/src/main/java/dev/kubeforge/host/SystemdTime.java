package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** systemd's time span syntax (systemd.time(7)), written in the largest unit that keeps it exact. */
final class SystemdTime {

  private SystemdTime() {}

  /** {@code 10s}, {@code 5min}, {@code 2h}, {@code 1d}, {@code 1500ms}, {@code 0}. */
  static String format(String what, Duration duration) {
    requireNonNull(duration, what);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + duration);
    }
    if (duration.isZero()) {
      return "0";
    }
    if (duration.getNano() % 1_000_000 != 0) {
      return duration.toNanos() / 1000 + "us";
    }
    if (duration.getNano() != 0) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.getSeconds();
    if (seconds % 86400 == 0) {
      return seconds / 86400 + "d";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "min";
    }
    return seconds + "s";
  }
}
