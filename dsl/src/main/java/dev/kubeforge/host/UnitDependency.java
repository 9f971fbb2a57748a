package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

/**
 * One unit named by a dependency or ordering directive: {@code After=network-online.target}.
 *
 * @param kind the directive
 * @param unit the unit it names
 */
public record UnitDependency(Dependency kind, UnitName unit) {

  public UnitDependency {
    requireNonNull(kind, "kind");
    requireNonNull(unit, "unit");
  }

  @Override
  public String toString() {
    return kind.key() + "=" + unit;
  }
}
