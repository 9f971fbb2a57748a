package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * An object whose name the API server would reject: every object needs a name, and it must be a DNS-1123
 * subdomain (lowercase letters, digits, '-' and '.', at most 253). Names given to the DSL are checked
 * where they are written; this catches objects added as is.
 */
final class InvalidNameCheck implements Check {

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
      } else if (name.length() > 253 || !isDns1123Subdomain(name)) {
        problems.add(Problem.error(id(), object.path(), object.kind() + " name is not a DNS-1123 subdomain: '"
            + name + "' (lowercase letters, digits, '-' and '.', at most 253)"));
      }
    }
    return problems;
  }

  /**
   * Whether {@code name} matches {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}:
   * dot-separated labels of lowercase letters, digits and '-', each starting and ending with a letter
   * or digit. A loop rather than the pattern: it runs for every object, in a cold JVM.
   */
  static boolean isDns1123Subdomain(String name) {
    char previous = '.';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        if (previous == '.' || previous == '-') {
          return false;
        }
      } else if (c == '-') {
        if (previous == '.') {
          return false;
        }
      } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
        return false;
      }
      previous = c;
    }
    return previous != '.' && previous != '-';
  }
}
