package dev.kubeforge.k8s;

/**
 * The permission bits of files a volume projects, written in octal: {@code FileMode.of(0440)}. Maps to
 * {@code defaultMode} and {@code items[].mode} (decimal in the output, as the API stores them).
 *
 * @param bits the mode, from {@code 0} to {@code 0777}
 */
public record FileMode(int bits) {

  /** Checks the bits; a mode outside {@code 0..0777} throws {@link IllegalArgumentException}. */
  public FileMode {
    if (bits < 0 || bits > 0777) {
      throw new IllegalArgumentException("a file mode is 0 to 0777 (octal), was 0" + Integer.toOctalString(bits));
    }
  }

  /** The mode {@code bits}, such as {@code 0440}. */
  public static FileMode of(int bits) {
    return new FileMode(bits);
  }

  /** The mode in octal, such as {@code 0440}. */
  @Override
  public String toString() {
    return "0" + Integer.toOctalString(bits);
  }
}
