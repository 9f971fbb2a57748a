package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for containers that run, or may run, as root: those with {@code runAsUser: 0}, and those
 * where neither the container nor the pod sets {@code runAsNonRoot: true} or a non-zero
 * {@code runAsUser}, so the image decides. A container escape then starts as root on the node.
 */
final class RunAsRootCheck implements Check {

  @Override
  public String id() {
    return "run-as-root";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      PodSecurityContext podContext = pod.spec().getSecurityContext();
      for (Workloads.PodContainer at : pod.containers()) {
        SecurityContext context = at.container().getSecurityContext();
        Long user = context != null && context.getRunAsUser() != null ? context.getRunAsUser()
            : podContext != null ? podContext.getRunAsUser() : null;
        Boolean nonRoot = context != null && context.getRunAsNonRoot() != null ? context.getRunAsNonRoot()
            : podContext != null ? podContext.getRunAsNonRoot() : null;
        var name = at.container().getName();
        if (user != null && user == 0) {
          problems.add(Problem.warning(id(), at.path(), "container " + name + " runs as root (runAsUser: 0)")
              .hint("run it as another user, such as .securityContext(SecurityContext.user(1000)), or allow(\""
                  + id() + "\", reason)"));
        } else if (user == null && !Boolean.TRUE.equals(nonRoot)) {
          problems.add(Problem.warning(id(), at.path(), "container " + name
                  + " may run as root: neither it nor its pod sets runAsNonRoot or a non-zero runAsUser")
              .hint(".securityContext(SecurityContext.user(1000)) or .podSecurity(PodSecurity.nonRoot()), or allow(\""
                  + id() + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
