package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Names;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the API server would reject: every object needs a name, and it must be a DNS-1123 subdomain
 * (lowercase letters, digits, '-' and '.', at most 253), except RBAC roles and bindings, which are path
 * segments ({@code system:aggregated-metrics-reader}); container names are DNS-1123 labels and port
 * names IANA service names. Names given to the DSL are checked where they are written; this catches
 * objects added as is and names changed by {@code customize(..)}.
 */
final class InvalidNameCheck implements Check {

  /** Kinds whose names the API server checks only as path segments, so ':' and capitals are allowed. */
  private static final Set<String> RBAC_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  @Override
  public String id() {
    return "invalid-name";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      var name = object.name();
      if (name.isEmpty()) {
        problems.add(Problem.error(id(), object.path(), object.kind() + " has no metadata.name")
            .hint("set metadata.name on the object before adding it"));
      } else if (RBAC_KINDS.contains(object.kind())) {
        if (!Names.isPathSegmentName(name)) {
          problems.add(Problem.error(id(), object.path(), object.kind() + " name is not a path segment: '"
              + name + "' (not '.' or '..', no '/' or '%')"));
        }
      } else if (name.length() > 253 || !Names.isDns1123Subdomain(name)) {
        problems.add(Problem.error(id(), object.path(), object.kind() + " name is not a DNS-1123 subdomain: '"
            + name + "' (lowercase letters, digits, '-' and '.', at most 253)"));
      }
    }
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var name = at.container().getName();
        if (!Names.isDns1123Label(name)) {
          problems.add(Problem.error(id(), at.path(), "container name is not a DNS-1123 label: '" + name
              + "' (lowercase letters, digits and '-', at most 63)"));
        }
        if (at.container().getPorts() == null) {
          continue;
        }
        for (ContainerPort port : at.container().getPorts()) {
          var portName = port.getName();
          if (portName != null && (portName.length() > 15 || !Names.isDns1123Label(portName)
              || portName.contains("--") || portName.chars().noneMatch(Character::isLetter))) {
            problems.add(Problem.error(id(), at.path().field("port " + portName), "port name is not an IANA service"
                + " name: '" + portName + "' (lowercase letters, digits and single '-', at least one letter, at most 15)"));
          }
        }
      }
    }
    return problems;
  }
}
