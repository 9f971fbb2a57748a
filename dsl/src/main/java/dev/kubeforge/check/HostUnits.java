package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Mount;
import dev.kubeforge.host.ResourceControl;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.Socket;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.UnitName;
import java.util.ArrayList;
import java.util.List;

/**
 * The systemd files of a host profile as the host checks see them: each unit and drop-in (the kubelet's
 * included) with its path, {@code unit container.slice} or {@code drop-in docker.service.d/10-kubeforge.conf}.
 */
final class HostUnits {

  /** One unit file or drop-in of a profile. */
  record Placed(ObjectPath path, SystemdUnit unit, DropIn dropIn) {

    /** Whether this is a drop-in rather than a whole unit. */
    boolean isDropIn() {
      return dropIn != null;
    }
  }

  private HostUnits() {}

  /** The profile's units, then its drop-ins, each under {@code base}. */
  static List<Placed> of(ObjectPath base, HostProfile profile) {
    var placed = new ArrayList<Placed>();
    for (SystemdUnit unit : profile.units()) {
      placed.add(new Placed(base.child("unit", unit.name().value()), unit, null));
    }
    for (DropIn dropIn : profile.allDropIns()) {
      placed.add(new Placed(base.child("drop-in", dropIn.path()), dropIn.unit(), dropIn));
    }
    return placed;
  }

  /** The names of the units the profile declares as whole units. */
  static List<UnitName> declared(HostProfile profile) {
    return profile.units().stream().map(SystemdUnit::name).toList();
  }

  /** The unit's resource limits, or none for kinds without a cgroup. */
  static ResourceControl resources(SystemdUnit unit) {
    if (unit instanceof Service service) {
      return service.resources();
    } else if (unit instanceof Slice slice) {
      return slice.resources();
    } else if (unit instanceof Socket socket) {
      return socket.resources();
    } else if (unit instanceof Mount mount) {
      return mount.resources();
    }
    return ResourceControl.create();
  }

  /**
   * Applies the unit's {@code ExecStart=} directives to {@code lines}, as systemd merges a unit and its
   * drop-ins: an empty value clears the list, any other adds a line.
   */
  static void applyExecStart(SystemdUnit unit, List<String> lines) {
    for (Directive directive : unit.directives("Service")) {
      if (directive.key().equals("ExecStart")) {
        if (directive.value().isEmpty()) {
          lines.clear();
        } else {
          lines.add(directive.value());
        }
      }
    }
  }

  /** The unit's {@code Slice=}, or {@code null}. */
  static UnitName slice(SystemdUnit unit) {
    if (unit instanceof Service service) {
      return service.slice();
    } else if (unit instanceof Socket socket) {
      return socket.slice();
    } else if (unit instanceof Mount mount) {
      return mount.slice();
    }
    return null;
  }
}
