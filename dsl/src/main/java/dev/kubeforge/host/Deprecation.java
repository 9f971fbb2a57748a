package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

/**
 * The record of a deprecated directive written in a definition, kept so the {@code deprecated-directive}
 * check can name it: {@code MemoryLimit=48G}, rendered as {@code MemoryMax=48G}.
 *
 * @param directive which deprecated directive was written
 * @param value the value as written
 * @param currentValue the value rendered with the current key
 */
public record Deprecation(DeprecatedDirective directive, String value, String currentValue) {

  public Deprecation {
    requireNonNull(directive, "directive");
    requireNonNull(value, "value");
    requireNonNull(currentValue, "currentValue");
  }
}
