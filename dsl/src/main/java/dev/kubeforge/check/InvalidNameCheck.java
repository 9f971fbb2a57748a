package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An object whose name the API server would reject: every object needs a name, and it must be a DNS-1123
 * subdomain (lowercase letters, digits, '-' and '.', at most 253). Names given to the DSL are checked
 * where they are written; this catches objects added as is.
 */
final class InvalidNameCheck implements Check {

  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

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
      } else if (name.length() > 253 || !DNS_1123_SUBDOMAIN.matcher(name).matches()) {
        problems.add(Problem.error(id(), object.path(), object.kind() + " name is not a DNS-1123 subdomain: '"
            + name + "' (lowercase letters, digits, '-' and '.', at most 253)"));
      }
    }
    return problems;
  }
}
