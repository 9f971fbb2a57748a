package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.Deprecation;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.RenamedDirective;
import java.util.ArrayList;
import java.util.List;

/**
 * A deprecated systemd directive in the definition ({@code MemoryLimit=}, {@code CPUShares=}...). It is
 * rendered as its replacement already; the warning asks to write the replacement, so the definition says
 * what the file does. Also a renamed, moved or removed directive written through the escape hatch
 * ({@link RenamedDirective}: {@code StartLimitInterval=} in {@code [Service]}...), rendered as written,
 * with today's spelling and section.
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
        var own = placed.unit().name().type().section();
        for (Directive written : placed.unit().directives()) {
          RenamedDirective.of(written, own).ifPresent(renamed -> problems.add(Problem.warning(id(), placed.path(),
                  written.key() + "= in [" + written.section() + "] is " + (renamed.removed()
                      ? "removed; systemd ignores it" : "a deprecated spelling, rendered as written")
                      + "; today it is " + renamed.today())
              .hint("write ." + renamed.replacement() + " instead")));
        }
      }
    }
    return problems;
  }
}
