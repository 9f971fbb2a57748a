package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.List;

/**
 * A rule over a whole cluster: a pure function from the model to the problems it finds. Checks never
 * stop at the first problem; they report every one, each with its path.
 */
public interface Check {

  /** The stable kebab-case id users write in {@code allow(checkId, reason)}. */
  String id();

  /** Every problem this check finds in the cluster, in any order. */
  List<Problem> run(Cluster cluster);
}
