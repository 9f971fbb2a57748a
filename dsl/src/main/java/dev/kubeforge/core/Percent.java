package dev.kubeforge.core;

/**
 * A whole percentage, such as {@code Percent.of(20)}. What it is a share of depends on where it is used:
 * physical memory for {@code MemoryMax=}, one CPU for {@code CPUQuota=} (so 200% is two CPUs).
 *
 * @param value the percentage; never negative
 */
public record Percent(int value) implements Amount, Comparable<Percent> {

  public Percent {
    if (value < 0) {
      throw new IllegalArgumentException("a percentage is never negative, was " + value + "%");
    }
  }

  /** The percentage {@code value}%. */
  public static Percent of(int value) {
    return new Percent(value);
  }

  @Override
  public int compareTo(Percent other) {
    return Integer.compare(value, other.value);
  }

  /** The form systemd reads: {@code 20%}. */
  @Override
  public String toString() {
    return value + "%";
  }
}
