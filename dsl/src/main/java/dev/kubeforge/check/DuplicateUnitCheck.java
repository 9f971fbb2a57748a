package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.KernelModules;
import dev.kubeforge.host.Sysctl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Two files of one host profile at the same path: a unit or drop-in declared twice
 * ({@code duplicate-unit}), or two {@code sysctl.d} or {@code modules-load.d} files of the same name
 * ({@code duplicate-host-file}). Only one could be written.
 */
final class DuplicateUnitCheck implements Check {

  /** The id of duplicate {@code sysctl.d} and {@code modules-load.d} files. */
  static final String HOST_FILE = "duplicate-host-file";

  @Override
  public String id() {
    return "duplicate-unit";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var seen = new HashSet<String>();
      for (HostUnits.Placed placed : HostUnits.of(cluster.path(profile), profile)) {
        if (!seen.add(placed.path().toString())) {
          var what = placed.isDropIn() ? "drop-in " + placed.dropIn().path() : "unit " + placed.unit().name();
          problems.add(Problem.error(id(), placed.path(), what + " is declared twice in this profile")
              .hint("declare it once; combine the settings in one value"));
        }
      }
      var files = new HashSet<String>();
      for (Sysctl sysctl : profile.sysctls()) {
        duplicateFile(cluster.path(profile), "sysctl.d/" + sysctl.name() + ".conf", files, problems);
      }
      for (KernelModules modules : profile.kernelModules()) {
        duplicateFile(cluster.path(profile), "modules-load.d/" + modules.name() + ".conf", files, problems);
      }
    }
    return problems;
  }

  private static void duplicateFile(ObjectPath profile, String file, HashSet<String> seen, List<Problem> out) {
    if (!seen.add(file)) {
      out.add(Problem.error(HOST_FILE, profile.field(file), "file " + file + " is declared twice in this profile")
          .hint("give one of them another name, or merge them"));
    }
  }
}
