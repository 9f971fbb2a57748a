package dev.kubeforge.check;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Two definitions of one cluster name ({@code duplicate-cluster}): both would be rendered to one folder.
 * The one check over all the definitions of a generation rather than over one cluster, so it is not a
 * {@link Check}; the pipeline runs it beside {@link Checks#run}, before its one gate. Not allowable: an
 * allowance belongs to one cluster, and the output cannot hold both.
 */
public final class DuplicateClusterCheck {

  /** The check's id. */
  public static final String ID = "duplicate-cluster";

  private DuplicateClusterCheck() {}

  /**
   * A cluster with the definition class that defined it.
   *
   * @param source the definition class's name
   * @param cluster the cluster it defined
   */
  public record Defined(String source, Cluster cluster) {
    public Defined {
      requireNonNull(source, "source");
      requireNonNull(cluster, "cluster");
    }
  }

  /** An error for each cluster whose name an earlier definition already took. */
  public static List<Problem> run(List<Defined> definitions) {
    var problems = new ArrayList<Problem>();
    var names = new HashMap<String, String>();
    for (Defined defined : definitions) {
      var cluster = defined.cluster();
      var previous = names.putIfAbsent(cluster.name(), defined.source());
      if (previous != null) {
        problems.add(Problem.error(ID, cluster.path(),
                "cluster '" + cluster.name() + "' is defined by both " + previous + " and " + defined.source())
            .hint("give each cluster its own name; it is the name of its output folder"));
      }
    }
    return problems;
  }
}
