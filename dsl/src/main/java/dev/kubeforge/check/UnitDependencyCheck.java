package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.UnitDependency;
import dev.kubeforge.host.UnitName;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency ({@code After=}, {@code Requires=}, {@code WantedBy=}...) on a unit the profile neither
 * declares nor the OS ships: a typo, or a unit that must come from elsewhere. A warning, since an OS image
 * may ship more than Kubeforge knows; allow it with the reason.
 */
final class UnitDependencyCheck implements Check {

  @Override
  public String id() {
    return "unknown-unit-dependency";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var declared = HostUnits.declared(profile);
      for (HostUnits.Placed placed : HostUnits.of(cluster.path(profile), profile)) {
        var unit = placed.unit();
        for (UnitDependency dependency : unit.unit().dependencies()) {
          check(placed, dependency.kind().key(), dependency.unit(), declared, problems);
        }
        for (UnitName target : unit.install().wantedBy()) {
          check(placed, "WantedBy", target, declared, problems);
        }
        for (UnitName target : unit.install().requiredBy()) {
          check(placed, "RequiredBy", target, declared, problems);
        }
      }
    }
    return problems;
  }

  private void check(HostUnits.Placed placed, String key, UnitName unit, List<UnitName> declared, List<Problem> out) {
    if (!unit.isShippedByOs() && !declared.contains(unit) && !unit.equals(placed.unit().name())) {
      out.add(Problem.warning(id(), placed.path(),
              key + "=" + unit + " names a unit this profile neither declares nor the OS ships")
          .hint("declare it with HostProfile.unit(..), or allow(\"" + id() + "\", reason) when the OS image ships it"));
    }
  }
}
