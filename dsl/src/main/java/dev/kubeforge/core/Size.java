package dev.kubeforge.core;

/**
 * An amount of memory or disk, in bytes. Factories use binary units ({@code Size.gib(48)} is
 * 48 × 2<sup>30</sup> bytes). Written in each target's notation: {@link #toString()} for systemd,
 * journald and dockerd ({@code 48G}), {@link #quantity()} for Kubernetes ({@code 48Gi}).
 *
 * @param bytes the size in bytes; never negative
 */
public record Size(long bytes) implements Amount, Comparable<Size> {

  private static final String SUFFIXES = "KMGTPE";
  private static final String[] QUANTITY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

  public Size {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size is never negative, was " + bytes + " bytes");
    }
  }

  /** A size of {@code bytes} bytes. */
  public static Size bytes(long bytes) {
    return new Size(bytes);
  }

  /** A size of {@code kib} × 1024 bytes. */
  public static Size kib(long kib) {
    return scaled(kib, 1, "kib");
  }

  /** A size of {@code mib} × 1024<sup>2</sup> bytes. */
  public static Size mib(long mib) {
    return scaled(mib, 2, "mib");
  }

  /** A size of {@code gib} × 1024<sup>3</sup> bytes. */
  public static Size gib(long gib) {
    return scaled(gib, 3, "gib");
  }

  /** A size of {@code tib} × 1024<sup>4</sup> bytes. */
  public static Size tib(long tib) {
    return scaled(tib, 4, "tib");
  }

  private static Size scaled(long value, int power, String unit) {
    if (value < 0) {
      throw new IllegalArgumentException("Size." + unit + "(..) must be >= 0, was " + value);
    }
    long bytes = value;
    try {
      for (int i = 0; i < power; i++) {
        bytes = Math.multiplyExact(bytes, 1024L);
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Size." + unit + "(" + value + ") does not fit in 2^63 bytes", e);
    }
    return new Size(bytes);
  }

  /**
   * Parses the form {@link #toString()} writes, as systemd and dockerd read it: a whole number with an
   * optional binary suffix {@code K}, {@code M}, {@code G}, {@code T}, {@code P} or {@code E}
   * ({@code 48G}, {@code 512M}, {@code 4096}).
   */
  public static Size parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    if (!text.matches("[0-9]{1,19}[KMGTPE]?")) {
      throw new IllegalArgumentException("not a size: '" + text
          + "' (a whole number with an optional suffix K, M, G, T, P or E, such as 48G)");
    }
    char last = text.charAt(text.length() - 1);
    int power = SUFFIXES.indexOf(last) + 1;
    var digits = power == 0 ? text : text.substring(0, text.length() - 1);
    try {
      return scaled(Long.parseLong(digits), power, "parse");
    } catch (IllegalArgumentException e) { // NumberFormatException, or too large for 2^63 bytes
      throw new IllegalArgumentException("size out of range: '" + text + "'", e);
    }
  }

  /**
   * The Kubernetes quantity: the largest binary suffix that divides the size exactly, such as
   * {@code 512Mi}, {@code 48Gi} or {@code 1500} (bytes).
   */
  public String quantity() {
    long value = bytes;
    int suffix = 0;
    while (value != 0 && value % 1024 == 0 && suffix < QUANTITY_SUFFIXES.length - 1) {
      value /= 1024;
      suffix++;
    }
    return value + QUANTITY_SUFFIXES[suffix];
  }

  /** Whether this size is larger than {@code other}. */
  public boolean isAbove(Size other) {
    return bytes > other.bytes;
  }

  @Override
  public int compareTo(Size other) {
    return Long.compare(bytes, other.bytes);
  }

  /**
   * The shortest exact form with a binary suffix, as systemd, journald and dockerd read it: {@code 48G},
   * {@code 512M}, {@code 1536K}; a size that is no whole number of KiB is written in plain bytes.
   */
  @Override
  public String toString() {
    if (bytes == 0) {
      return "0";
    }
    long value = bytes;
    int unit = -1;
    while (unit < SUFFIXES.length() - 1 && value % 1024 == 0) {
      value /= 1024;
      unit++;
    }
    return unit < 0 ? Long.toString(value) : value + String.valueOf(SUFFIXES.charAt(unit));
  }
}
