package dev.kubeforge.check;

/** How serious a {@link Problem} is: an error stops generation, a warning is reported and generation goes on. */
public enum Severity {
  /** Stops generation; nothing is written. */
  ERROR,
  /** Reported; generation goes on. Suppress per object with {@code allow(checkId, reason)}. */
  WARNING
}
