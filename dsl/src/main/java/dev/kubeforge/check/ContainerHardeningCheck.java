package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings for containers whose security context leaves the defaults open: a writable root file system
 * ({@code no-readonly-root-fs}), privilege escalation not turned off ({@code privilege-escalation}),
 * capabilities not dropped ({@code capabilities-not-dropped}) and dangerous capabilities added
 * ({@code dangerous-capability}). A privileged container is {@code privileged-container}'s problem and
 * is not reported again for escalation or capabilities.
 */
final class ContainerHardeningCheck implements Check {

  static final String READ_ONLY_ROOT = "no-readonly-root-fs";
  static final String ESCALATION = "privilege-escalation";
  static final String NOT_DROPPED = "capabilities-not-dropped";
  static final String DANGEROUS = "dangerous-capability";

  /** Capabilities that give a container its node: Polaris' dangerous ones and kube-linter's NET_RAW. */
  private static final Set<String> DANGEROUS_CAPABILITIES =
      Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH");

  @Override
  public String id() {
    return READ_ONLY_ROOT;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var name = at.container().getName();
        var context = at.container().getSecurityContext();
        if (context == null || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
          problems.add(Problem.warning(READ_ONLY_ROOT, at.path(), "container " + name
                  + " can write to its root file system: an intruder can change its binaries and fill the node's disk")
              .hint(".securityContext(SecurityContext.restricted(1000).readOnlyRoot()) and mount an EmptyDir where it"
                  + " writes, or allow(\"" + READ_ONLY_ROOT + "\", reason)"));
        }
        if (context != null && Boolean.TRUE.equals(context.getPrivileged())) {
          continue;
        }
        if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
          problems.add(Problem.warning(ESCALATION, at.path(), "container " + name
                  + " does not set allowPrivilegeEscalation: false, so a setuid binary in it can gain root")
              .hint(".securityContext(SecurityContext.user(1000).noPrivilegeEscalation()), or allow(\"" + ESCALATION
                  + "\", reason)"));
        }
        var capabilities = context == null ? null : context.getCapabilities();
        var dropped = capabilities == null || capabilities.getDrop() == null ? List.<String>of() : capabilities.getDrop();
        if (dropped.stream().noneMatch(c -> c.equalsIgnoreCase("ALL"))) {
          problems.add(Problem.warning(NOT_DROPPED, at.path(), "container " + name
                  + " keeps the runtime's default capabilities (" + (dropped.isEmpty() ? "none dropped"
                  : "drops only " + String.join(", ", dropped)) + "), NET_RAW among them")
              .hint(".securityContext(SecurityContext.restricted(1000)), which drops ALL; add back only what it"
                  + " needs; or allow(\"" + NOT_DROPPED + "\", reason)"));
        }
        var added = capabilities == null || capabilities.getAdd() == null ? List.<String>of() : capabilities.getAdd();
        var dangerous = new TreeSet<String>();
        for (String capability : added) {
          var bare = capability.toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
          if (DANGEROUS_CAPABILITIES.contains(bare)) {
            dangerous.add(capability);
          }
        }
        if (!dangerous.isEmpty()) {
          problems.add(Problem.warning(DANGEROUS, at.path(), "container " + name + " adds "
                  + String.join(", ", dangerous) + ", enough to take over its node")
              .hint("add a narrower capability (NET_BIND_SERVICE to bind a low port), or allow(\"" + DANGEROUS
                  + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
