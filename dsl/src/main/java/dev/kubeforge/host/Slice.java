package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A systemd slice ({@code .slice}): a node of the cgroup tree that caps the resources of everything under
 * it. Services join it with {@code Slice=}; Docker puts containers under it with {@code cgroup-parent}.
 * Rendered with {@code [Unit]}, {@code [Slice]} (the resource limits, sorted by key, then other
 * directives) and {@code [Install]}.
 *
 * <pre>{@code
 * Slice.named("container")
 *     .description("Limited resources Slice")
 *     .defaultDependencies(false)
 *     .before(UnitName.SLICES_TARGET)
 *     .memoryMax(Size.gib(48));
 * }</pre>
 *
 * @param name the unit's name
 * @param unit the typed {@code [Unit]} section
 * @param resources the resource limits
 * @param install the {@code [Install]} section
 * @param directives every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.slice.html">systemd.slice(5)</a>
 */
public record Slice(
    UnitName name, UnitSection unit, ResourceControl resources, InstallSection install, List<Directive> directives)
    implements SystemdUnit, UnitOptions<Slice>, ResourceOptions<Slice> {

  public Slice {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(resources, "resources");
    requireNonNull(install, "install");
    if (name.type() != UnitType.SLICE) {
      throw new IllegalArgumentException("a slice needs a .slice name, was '" + name + "'");
    }
    directives = List.copyOf(directives);
  }

  /**
   * A slice named {@code name} ({@code container} or {@code container.slice}), with nothing set. A dash
   * nests it: {@code kube-pods.slice} lies under {@code kube.slice}.
   */
  public static Slice named(String name) {
    return new Slice(UnitName.of(name, UnitType.SLICE), UnitSection.create(), ResourceControl.create(),
        InstallSection.create(), List.of());
  }

  @Override
  public Slice unit(UnitSection section) {
    return new Slice(name, section, resources, install, directives);
  }

  @Override
  public Slice install(InstallSection section) {
    return new Slice(name, unit, resources, section, directives);
  }

  @Override
  public Slice resources(ResourceControl resources) {
    return new Slice(name, unit, resources, install, directives);
  }

  @Override
  public Slice directive(Directive directive) {
    if (ResourceControl.isDeprecated(directive, "Slice")) {
      return resources(resources.deprecated(directive));
    }
    return new Slice(name, unit, resources, install, Directives.appended(directives, directive));
  }

  @Override
  public Slice replace(Directive directive) {
    return new Slice(name, unit, resources, install, Directives.replaced(directives, directive));
  }
}
