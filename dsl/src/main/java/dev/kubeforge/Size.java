package dev.kubeforge;

/**
 * An amount of bytes, such as a volume's capacity: {@code Size.gib(10)}. Written to Kubernetes as a
 * binary-suffixed quantity ({@code 10Gi}).
 *
 * @param bytes the number of bytes, never negative
 */
public record Size(long bytes) {

  private static final String[] SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};

  public Size {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size must be >= 0 bytes, was " + bytes);
    }
  }

  /** {@code n} bytes. */
  public static Size bytes(long n) {
    return new Size(n);
  }

  /** {@code n} KiB (1024 bytes). */
  public static Size kib(long n) {
    return new Size(Math.multiplyExact(n, 1L << 10));
  }

  /** {@code n} MiB. */
  public static Size mib(long n) {
    return new Size(Math.multiplyExact(n, 1L << 20));
  }

  /** {@code n} GiB. */
  public static Size gib(long n) {
    return new Size(Math.multiplyExact(n, 1L << 30));
  }

  /** {@code n} TiB. */
  public static Size tib(long n) {
    return new Size(Math.multiplyExact(n, 1L << 40));
  }

  /**
   * The Kubernetes quantity: the largest binary suffix that divides the size exactly, such as
   * {@code 10Gi}, {@code 1536Mi} or {@code 1000} (bytes).
   */
  public String quantity() {
    long value = bytes;
    int suffix = 0;
    while (value != 0 && value % 1024 == 0 && suffix < SUFFIXES.length - 1) {
      value /= 1024;
      suffix++;
    }
    return value + SUFFIXES[suffix];
  }

  @Override
  public String toString() {
    return quantity();
  }
}
