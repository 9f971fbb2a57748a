package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warnings for the containers of long-running workloads without a liveness probe
 * ({@code no-liveness-probe}: a hung process is never restarted), and for containers whose liveness and
 * readiness probes are the same ({@code identical-probes}: a slow dependency then restarts every pod at
 * once instead of taking it out of the Service). Jobs and init containers run to completion and are not
 * checked.
 */
final class LivenessProbeCheck implements Check {

  static final String ID = "no-liveness-probe";
  static final String IDENTICAL = "identical-probes";

  private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      if (!LONG_RUNNING.contains(pod.object().kind())) {
        continue;
      }
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.init()) {
          continue;
        }
        var container = at.container();
        if (container.getLivenessProbe() == null) {
          problems.add(Problem.warning(ID, at.path(), "container " + container.getName()
                  + " has no liveness probe: if it hangs, nothing restarts it")
              .hint(".liveness(Probe.http(\"/healthz\", \"http\")) or Probe.tcp(\"<port>\"), or allow(\"" + ID
                  + "\", reason)"));
        } else if (container.getLivenessProbe().equals(container.getReadinessProbe())) {
          problems.add(Problem.warning(IDENTICAL, at.path(), "container " + container.getName()
                  + " has the same liveness and readiness probe: when it is slow, it is restarted instead of being"
                  + " taken out of its Service for a while")
              .hint("probe liveness on a cheaper endpoint or with a higher failureThreshold, or allow(\"" + IDENTICAL
                  + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
