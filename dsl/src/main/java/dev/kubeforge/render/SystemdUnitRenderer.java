package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.host.Dependency;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.InstallSection;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.Mount;
import dev.kubeforge.host.ResourceControl;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.Socket;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.Timer;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.host.UnitSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the systemd INI files of every host profile: units at
 * {@code <cluster>/hosts/<profile>/etc/systemd/system/<unit>}, drop-ins (the kubelet's included) at
 * {@code .../etc/systemd/system/<unit>.d/<name>.conf}, and journald's drop-in at
 * {@code .../etc/systemd/journald.conf.d/10-kubeforge.conf}. Each file starts with a comment line naming
 * the definition class.
 *
 * <p>Sections come in the order {@code [Unit]}, the unit's own section, {@code [Install]}, then any other
 * section of the escape hatch; empty sections are left out. Within a section typed settings come first
 * in a fixed order, then the directives in the order they were set, repeated keys kept.
 */
public final class SystemdUnitRenderer implements Renderer {

  /** Renders the systemd files of every host profile of the cluster, each profile once. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    HostFileText.render(cluster, context, SystemdUnitRenderer::text);
  }

  /** The file's text with {@code header} on top, or {@code null} when it is not a systemd file. */
  static String text(String header, HostFile.Content content) {
    if (content instanceof HostFile.Unit unit) {
      return IniWriter.write(header, directives(unit.unit()));
    } else if (content instanceof HostFile.UnitDropIn dropIn) {
      return IniWriter.write(header, directives(dropIn.dropIn().unit()));
    } else if (content instanceof HostFile.JournaldDropIn journald) {
      return IniWriter.write(header, directives(journald.journald()));
    }
    return null;
  }

  /** The unit's directives in file order. */
  static List<Directive> directives(SystemdUnit unit) {
    var out = new ArrayList<Directive>();
    unitSection(unit.unit(), out);
    out.addAll(unit.directives("Unit"));
    var own = unit.name().type().section();
    if (unit instanceof Service service) {
      if (service.type() != null) {
        out.add(new Directive(own, "Type", service.type().name().toLowerCase(Locale.ROOT)));
      }
      out.addAll(unit.directives(own));
      slice(own, service.slice(), out);
      resources(own, service.resources(), out);
    } else if (unit instanceof Slice slice) {
      out.addAll(unit.directives(own));
      resources(own, slice.resources(), out);
    } else if (unit instanceof Socket socket) {
      out.addAll(unit.directives(own));
      slice(own, socket.slice(), out);
      resources(own, socket.resources(), out);
    } else if (unit instanceof Mount mount) {
      out.add(new Directive(own, "Where", mount.where()));
      out.addAll(unit.directives(own));
      slice(own, mount.slice(), out);
      resources(own, mount.resources(), out);
    } else if (unit instanceof Timer) {
      out.addAll(unit.directives(own));
    }
    installSection(unit.install(), out);
    out.addAll(unit.directives("Install"));
    var others = new LinkedHashSet<String>();
    for (Directive directive : unit.directives()) {
      if (!directive.section().equals("Unit") && !directive.section().equals(own)
          && !directive.section().equals("Install")) {
        others.add(directive.section());
      }
    }
    for (String section : others) {
      out.addAll(unit.directives(section));
    }
    return out;
  }

  private static List<Directive> directives(Journald journald) {
    var out = new ArrayList<Directive>();
    journald.settings().forEach((key, value) -> out.add(new Directive("Journal", key, value)));
    journald.options().forEach((key, value) -> out.add(new Directive("Journal", key, value)));
    return out;
  }

  private static void unitSection(UnitSection section, List<Directive> out) {
    if (section.description() != null) {
      out.add(new Directive("Unit", "Description", section.description()));
    }
    if (!section.documentation().isEmpty()) {
      out.add(new Directive("Unit", "Documentation", String.join(" ", section.documentation())));
    }
    for (Dependency kind : Dependency.values()) {
      var units = section.units(kind);
      if (!units.isEmpty()) {
        out.add(new Directive("Unit", kind.key(), names(units)));
      }
    }
    if (section.defaultDependencies() != null) {
      out.add(new Directive("Unit", "DefaultDependencies", section.defaultDependencies() ? "yes" : "no"));
    }
    section.conditions().forEach(c -> out.add(new Directive("Unit", c.key(), c.directiveValue())));
  }

  private static void installSection(InstallSection section, List<Directive> out) {
    install("WantedBy", section.wantedBy(), out);
    install("RequiredBy", section.requiredBy(), out);
    install("Alias", section.alias(), out);
    install("Also", section.also(), out);
  }

  private static void install(String key, List<UnitName> units, List<Directive> out) {
    if (!units.isEmpty()) {
      out.add(new Directive("Install", key, names(units)));
    }
  }

  private static void slice(String section, UnitName slice, List<Directive> out) {
    if (slice != null) {
      out.add(new Directive(section, "Slice", slice.value()));
    }
  }

  private static void resources(String section, ResourceControl resources, List<Directive> out) {
    resources.directives().forEach((key, value) -> out.add(new Directive(section, key, value)));
  }

  private static String names(List<UnitName> units) {
    return units.stream().map(UnitName::value).collect(Collectors.joining(" "));
  }
}
