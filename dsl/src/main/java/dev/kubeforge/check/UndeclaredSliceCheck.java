package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.UnitName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Slice=} of a unit or drop-in, or Docker's {@code cgroup-parent} slice, names a slice the profile
 * neither declares nor the OS ships: systemd then creates it without the limits the definition meant it
 * to have.
 */
final class UndeclaredSliceCheck implements Check {

  @Override
  public String id() {
    return "undeclared-slice";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var declared = HostUnits.declared(profile);
      var path = cluster.path(profile);
      for (HostUnits.Placed placed : HostUnits.of(path, profile)) {
        var slice = HostUnits.slice(placed.unit());
        if (slice != null && !declared.contains(slice) && !slice.isShippedByOs()) {
          problems.add(undeclared(placed.path(), "Slice=" + slice, slice));
        }
      }
      var docker = profile.docker();
      if (docker != null && docker.cgroupParent() != null && docker.cgroupDriver() != CgroupDriver.CGROUPFS
          && docker.cgroupParent().matches("[A-Za-z0-9:_.\\\\-]+\\.slice")) {
        var slice = UnitName.of(docker.cgroupParent());
        if (!declared.contains(slice) && !slice.isShippedByOs()) {
          problems.add(undeclared(path.field("docker"), "cgroup-parent '" + slice + "'", slice));
        }
      }
    }
    return problems;
  }

  private Problem undeclared(ObjectPath path, String what, UnitName slice) {
    var name = slice.value().substring(0, slice.value().length() - ".slice".length());
    return Problem.error(id(), path, what + " names a slice this profile does not declare")
        .hint("declare it with HostProfile.slice(Slice.named(\"" + name
            + "\")), or use one the OS ships (system.slice, machine.slice)");
  }
}
