package dev.kubeforge.maven;

import dev.kubeforge.check.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Problems as Maven log lines: a headline that counts them per cluster, then each problem indented
 * with its path, message, {@code [check-id]} and {@code hint:} on the next line.
 */
final class ProblemReport {

  private static final String CLUSTER = "cluster ";

  private ProblemReport() {}

  /** Such as {@code 2 errors and 1 warning in cluster prod}, or {@code 1 error in clusters prod and staging}. */
  static String headline(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    var counts = new ArrayList<String>();
    if (errors > 0) {
      counts.add(count(errors, "error"));
    }
    if (warnings > 0) {
      counts.add(count(warnings, "warning"));
    }
    var roots = new TreeSet<String>();
    problems.forEach(problem -> roots.add(problem.path().segments().get(0)));
    return joined(counts) + " in " + where(List.copyOf(roots));
  }

  /** The problem as indented lines: {@code   path: message [check-id]}, then {@code     hint: ...}. */
  static List<String> lines(Problem problem) {
    return problem.toString().lines().map(line -> "  " + line).toList();
  }

  /** {@code 1 file}, {@code 3 files}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String where(List<String> roots) {
    if (roots.size() == 1 || !roots.stream().allMatch(root -> root.startsWith(CLUSTER))) {
      return String.join(", ", roots);
    }
    return "clusters " + joined(roots.stream().map(root -> root.substring(CLUSTER.length())).toList());
  }

  private static String joined(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }
}
