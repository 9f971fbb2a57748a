package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for containers without resource limits: one of them can take its node's memory and CPU
 * from every other pod there. Allowed per object with a reason, such as a namespace whose LimitRange
 * sets defaults.
 */
final class ResourceLimitsCheck implements Check {

  @Override
  public String id() {
    return "no-resource-limits";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var resources = at.container().getResources();
        if (resources == null || resources.getLimits() == null || resources.getLimits().isEmpty()) {
          problems.add(Problem.warning(id(), at.path(), "container " + at.container().getName()
                  + " sets no resource limits, so it can take its node's memory and CPU from other pods")
              .hint(".limits(Cpu.millis(500), Size.mib(512)), or allow(\"" + id() + "\", reason)"));
        } else if (!resources.getLimits().containsKey("memory")) {
          problems.add(Problem.warning(id(), at.path(), "container " + at.container().getName()
                  + " sets no memory limit, so it can take its node's memory from other pods")
              .hint(".limits(Size.mib(512)) beside its CPU limit, or allow(\"" + id() + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
