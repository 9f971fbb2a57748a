package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.Deprecation;
import dev.kubeforge.host.HostProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A deprecated systemd directive in the definition ({@code MemoryLimit=}, {@code CPUShares=}...). It is
 * rendered as its replacement already; the warning asks to write the replacement, so the definition says
 * what the file does.
 */
final class DeprecatedDirectiveCheck implements Check {

  @Override
  public String id() {
    return "deprecated-directive";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      for (HostUnits.Placed placed : HostUnits.of(cluster.path(profile), profile)) {
        for (Deprecation deprecation : HostUnits.resources(placed.unit()).deprecations()) {
          var directive = deprecation.directive();
          problems.add(Problem.warning(id(), placed.path(), directive.key() + "=" + deprecation.value()
                  + " is deprecated; rendered as " + directive.currentKey() + "=" + deprecation.currentValue())
              .hint("write ." + directive.replacement() + " instead"));
        }
      }
    }
    return problems;
  }
}
