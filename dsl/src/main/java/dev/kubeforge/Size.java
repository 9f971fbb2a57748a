package dev.kubeforge;

/**
 * An amount of bytes: memory, disk or a log limit. Created with a unit, {@code Size.mib(512)}, and
 * written in each target's own notation ({@link #quantity()} for Kubernetes).
 *
 * @param bytes the amount in bytes, never negative
 */
public record Size(long bytes) implements Comparable<Size> {

  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Size {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size must be >= 0 bytes, was " + bytes);
    }
  }

  /** That many bytes. */
  public static Size ofBytes(long bytes) {
    return new Size(bytes);
  }

  /** That many kibibytes (1024 bytes). */
  public static Size kib(long kib) {
    return new Size(scaled(kib, 1, "kib"));
  }

  /** That many mebibytes (1024 KiB). */
  public static Size mib(long mib) {
    return new Size(scaled(mib, 2, "mib"));
  }

  /** That many gibibytes (1024 MiB). */
  public static Size gib(long gib) {
    return new Size(scaled(gib, 3, "gib"));
  }

  /** That many tebibytes (1024 GiB). */
  public static Size tib(long tib) {
    return new Size(scaled(tib, 4, "tib"));
  }

  /**
   * The Kubernetes quantity: the largest binary suffix that divides the size exactly, such as
   * {@code 512Mi}, {@code 48Gi} or {@code 1500} (bytes).
   */
  public String quantity() {
    long value = bytes;
    int suffix = 0;
    while (value != 0 && value % 1024 == 0 && suffix < BINARY_SUFFIXES.length - 1) {
      value /= 1024;
      suffix++;
    }
    return value + BINARY_SUFFIXES[suffix];
  }

  @Override
  public int compareTo(Size other) {
    return Long.compare(bytes, other.bytes);
  }

  /** The size as its Kubernetes quantity, such as {@code 512Mi}. */
  @Override
  public String toString() {
    return quantity();
  }

  private static long scaled(long amount, int power, String unit) {
    if (amount < 0) {
      throw new IllegalArgumentException("Size." + unit + "(..) must be >= 0, was " + amount);
    }
    long factor = 1L << (10 * power);
    if (amount > Long.MAX_VALUE / factor) {
      throw new IllegalArgumentException("Size." + unit + "(" + amount + ") does not fit in 2^63 bytes");
    }
    return amount * factor;
  }
}
