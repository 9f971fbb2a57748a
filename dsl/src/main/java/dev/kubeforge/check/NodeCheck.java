package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.cluster.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A node added twice ({@code duplicate-node}), and two different host profiles of the same name
 * ({@code duplicate-host-profile}): both would be rendered to one folder.
 */
final class NodeCheck implements Check {

  /** The id of two different profiles sharing a name. */
  static final String DUPLICATE_PROFILE = "duplicate-host-profile";

  @Override
  public String id() {
    return "duplicate-node";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var nodes = new HashMap<String, Node>();
    var profiles = new HashMap<String, Node>();
    for (Node node : cluster.nodes()) {
      var first = nodes.putIfAbsent(node.name(), node);
      if (first != null) {
        problems.add(Problem.error(id(), cluster.path(node), "node " + node.name() + " is added twice")
            .hint("add each node once, with controlPlane(..) or workers(..)"));
      }
      HostProfile profile = node.profile();
      if (profile == null) {
        continue;
      }
      var user = profiles.putIfAbsent(profile.name(), node);
      if (user != null && !user.profile().equals(profile)) {
        problems.add(Problem.error(DUPLICATE_PROFILE, cluster.path(node).child("host", profile.name()),
                "differs from host profile '" + profile.name() + "' of node " + user.name()
                    + "; both would be rendered to hosts/" + profile.name())
            .hint("give each profile its own name, or pass the same HostProfile value to both nodes"));
      }
    }
    return problems;
  }
}
