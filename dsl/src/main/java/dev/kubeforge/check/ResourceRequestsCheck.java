package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for containers without CPU or memory requests: the scheduler places them as if they needed
 * nothing, so they land on full nodes and are the first evicted under pressure.
 */
final class ResourceRequestsCheck implements Check {

  static final String ID = "no-resource-requests";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var resources = at.container().getResources();
        var requests = resources == null || resources.getRequests() == null ? null : resources.getRequests();
        var limits = resources == null || resources.getLimits() == null ? null : resources.getLimits();
        var missing = new ArrayList<String>();
        for (String resource : List.of("cpu", "memory")) {
          // a limit without request makes the request equal to the limit
          if ((requests == null || !requests.containsKey(resource)) && (limits == null || !limits.containsKey(resource))) {
            missing.add(resource);
          }
        }
        if (!missing.isEmpty()) {
          problems.add(Problem.warning(ID, at.path(), "container " + at.container().getName() + " requests no "
                  + String.join(" and no ", missing) + ", so the scheduler places it as if it needed none")
              .hint(".requests(Cpu.millis(100), Size.mib(128)), or allow(\"" + ID + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
