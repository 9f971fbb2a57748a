package dev.kubeforge.render;

import java.time.Duration;

/**
 * Writes a {@link Duration} the way Go's {@code time.Duration.String()} does, which is how kubeadm, the
 * kubelet and kube-proxy print their durations: {@code 24h0m0s}, {@code 1m30s}, {@code 1.5s},
 * {@code 100ms}, {@code 0s}. Go parses every such form back to the same duration.
 */
final class GoDuration {

  private GoDuration() {}

  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    var out = new StringBuilder();
    if (duration.isNegative()) {
      out.append('-');
      duration = duration.negated();
    }
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    if (seconds == 0) {
      // below one second Go picks the largest unit that keeps an integral part: ms, µs or ns
      if (nanos >= 1_000_000) {
        fraction(out, nanos / 1_000_000, nanos % 1_000_000, 6);
        return out.append("ms").toString();
      }
      if (nanos >= 1_000) {
        fraction(out, nanos / 1_000, nanos % 1_000, 3);
        return out.append("µs").toString();
      }
      return out.append(nanos).append("ns").toString();
    }
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    fraction(out, seconds % 60, nanos, 9);
    return out.append('s').toString();
  }

  /** Appends {@code whole}, then {@code part} (of {@code digits} digits) as a decimal fraction without trailing zeros. */
  private static void fraction(StringBuilder out, long whole, long part, int digits) {
    out.append(whole);
    if (part == 0) {
      return;
    }
    var text = new StringBuilder(Long.toString(part));
    while (text.length() < digits) {
      text.insert(0, '0');
    }
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    out.append('.').append(text, 0, end);
  }
}
