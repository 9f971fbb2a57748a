package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed part of a unit's {@code [Unit]} section: description, documentation, dependencies,
 * conditions and {@code DefaultDependencies=}. Every unit has one, empty at first; the unit's own
 * methods ({@code .description(..)}, {@code .after(..)}) edit it, and {@code unit(UnitSection)} replaces
 * it, so one section can be shared by several units.
 *
 * <p>Rendered in this order: {@code Description=}, {@code Documentation=}, the dependencies in the order
 * of {@link Dependency}, {@code DefaultDependencies=}, then the conditions in the order they were added.
 *
 * @param description {@code Description=}, or {@code null} when not set
 * @param documentation {@code Documentation=} URIs, in order
 * @param dependencies dependency and ordering entries, in the order they were added
 * @param defaultDependencies {@code DefaultDependencies=}, or {@code null} for systemd's default (yes)
 * @param conditions {@code Condition*=} and {@code Assert*=} tests, in order
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html">systemd.unit(5)</a>
 */
public record UnitSection(
    String description,
    List<String> documentation,
    List<UnitDependency> dependencies,
    Boolean defaultDependencies,
    List<Condition> conditions) {

  private static final UnitSection EMPTY = new UnitSection(null, List.of(), List.of(), null, List.of());

  public UnitSection {
    documentation = List.copyOf(documentation);
    dependencies = List.copyOf(dependencies);
    conditions = List.copyOf(conditions);
  }

  /** An empty {@code [Unit]} section. */
  public static UnitSection create() {
    return EMPTY;
  }

  /** Returns a copy with {@code Description=} set. Not set by default. Replaces any previous value. */
  public UnitSection description(String description) {
    requireNonNull(description, "description");
    if (description.isBlank() || description.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a unit description is one non-blank line, was '" + description + "'");
    }
    return new UnitSection(description, documentation, dependencies, defaultDependencies, conditions);
  }

  /** Returns a copy with {@code Documentation=} URIs added ({@code https:}, {@code man:}, {@code file:}...). */
  public UnitSection documentation(String... uris) {
    var all = new ArrayList<>(documentation);
    for (String uri : uris) {
      requireNonNull(uri, "uri");
      if (!uri.matches("(https?|file|info|man):\\S+")) {
        throw new IllegalArgumentException(
            "Documentation= takes http:, https:, file:, info: or man: URIs, was '" + uri + "'");
      }
      all.add(uri);
    }
    return new UnitSection(description, all, dependencies, defaultDependencies, conditions);
  }

  /** Returns a copy with the units added to the directive {@code kind} ({@code After=} and so on). */
  public UnitSection depend(Dependency kind, UnitName... units) {
    requireNonNull(kind, "kind");
    var all = new ArrayList<>(dependencies);
    for (UnitName unit : units) {
      var entry = new UnitDependency(kind, unit);
      if (!all.contains(entry)) {
        all.add(entry);
      }
    }
    return new UnitSection(description, documentation, all, defaultDependencies, conditions);
  }

  /**
   * Returns a copy with {@code DefaultDependencies=} set. Not set by default (systemd then adds the usual
   * dependencies on {@code sysinit.target} and {@code shutdown.target}). Replaces any previous value.
   */
  public UnitSection defaultDependencies(boolean enabled) {
    return new UnitSection(description, documentation, dependencies, enabled, conditions);
  }

  /** Returns a copy with the condition or assertion added. */
  public UnitSection condition(Condition condition) {
    requireNonNull(condition, "condition");
    var all = new ArrayList<>(conditions);
    all.add(condition);
    return new UnitSection(description, documentation, dependencies, defaultDependencies, all);
  }

  /** The units of one directive, in the order they were added. */
  public List<UnitName> units(Dependency kind) {
    return dependencies.stream().filter(d -> d.kind() == kind).map(UnitDependency::unit).toList();
  }
}
