package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A systemd target ({@code .target}): a synchronization point that groups units, such as a
 * {@code kubernetes-node.target} the node's services are {@code WantedBy=}. It has only {@code [Unit]}
 * and {@code [Install]}.
 *
 * @param name the unit's name
 * @param unit the typed {@code [Unit]} section
 * @param install the {@code [Install]} section
 * @param directives every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.target.html">systemd.target(5)</a>
 */
public record Target(UnitName name, UnitSection unit, InstallSection install, List<Directive> directives)
    implements SystemdUnit, UnitOptions<Target> {

  public Target {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(install, "install");
    if (name.type() != UnitType.TARGET) {
      throw new IllegalArgumentException("a target needs a .target name, was '" + name + "'");
    }
    directives = List.copyOf(directives);
  }

  /** A target named {@code name} ({@code kubernetes-node} or {@code kubernetes-node.target}), with nothing set. */
  public static Target named(String name) {
    return new Target(UnitName.of(name, UnitType.TARGET), UnitSection.create(), InstallSection.create(), List.of());
  }

  @Override
  public Target unit(UnitSection section) {
    return new Target(name, section, install, directives);
  }

  @Override
  public Target install(InstallSection section) {
    return new Target(name, unit, section, directives);
  }

  @Override
  public Target directive(Directive directive) {
    return new Target(name, unit, install, Directives.appended(directives, directive));
  }

  @Override
  public Target replace(Directive directive) {
    return new Target(name, unit, install, Directives.replaced(directives, directive));
  }
}
