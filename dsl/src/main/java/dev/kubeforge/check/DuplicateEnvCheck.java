package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A warning for a container that sets one environment variable more than once: only one value takes
 * effect, and server-side apply rejects the list. {@code env(..)} replaces a variable of the same name,
 * so the duplicate comes from {@code customize(..)} or an object added as is (kube-linter's
 * {@code duplicate-env-var}, kube-score's {@code environment-variable-key-duplication}).
 */
final class DuplicateEnvCheck implements Check {

  static final String ID = "duplicate-env-var";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.container().getEnv() == null) {
          continue;
        }
        var counts = new LinkedHashMap<String, Integer>();
        for (EnvVar env : at.container().getEnv()) {
          counts.merge(String.valueOf(env.getName()), 1, Integer::sum);
        }
        counts.forEach((name, count) -> {
          if (count > 1) {
            problems.add(Problem.warning(ID, at.path().field("env " + name), "container " + at.container().getName()
                    + " sets env " + name + " " + count + " times: only one value takes effect, and server-side"
                    + " apply rejects the list")
                .hint("keep one; env(..) replaces a variable of the same name, so look at customize(..) and"
                    + " added objects, or allow(\"" + ID + "\", reason)"));
          }
        });
      }
    }
    return problems;
  }
}
