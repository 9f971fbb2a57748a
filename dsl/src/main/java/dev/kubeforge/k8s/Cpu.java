package dev.kubeforge.k8s;

/**
 * An amount of CPU for requests, limits and quotas, in thousandths of a core: {@code Cpu.millis(250)}
 * is a quarter core, {@code Cpu.cores(2)} two cores.
 *
 * @param millis thousandths of a core, at least 1
 */
public record Cpu(long millis) implements Comparable<Cpu> {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Cpu {
    if (millis < 1) {
      throw new IllegalArgumentException("CPU must be at least 1 millicore, was " + millis + "m");
    }
  }

  /** That many thousandths of a core: {@code Cpu.millis(250)} is written {@code 250m}. */
  public static Cpu millis(long millis) {
    return new Cpu(millis);
  }

  /** That many whole cores: {@code Cpu.cores(2)} is written {@code 2}. */
  public static Cpu cores(int cores) {
    if (cores < 1) {
      throw new IllegalArgumentException("Cpu.cores(..) must be >= 1, was " + cores);
    }
    return new Cpu(cores * 1000L);
  }

  /** The Kubernetes quantity: whole cores without a suffix ({@code 2}), otherwise millicores ({@code 250m}). */
  public String quantity() {
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
  }

  @Override
  public int compareTo(Cpu other) {
    return Long.compare(millis, other.millis);
  }

  /** The amount as its Kubernetes quantity, such as {@code 250m}. */
  @Override
  public String toString() {
    return quantity();
  }
}
