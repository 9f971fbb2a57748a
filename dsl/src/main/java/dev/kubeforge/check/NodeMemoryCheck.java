package dev.kubeforge.check;

import dev.kubeforge.core.Amount;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.cluster.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory limit ({@code MemoryMax=}, {@code MemoryHigh=}) of a unit in a node's profile above the memory
 * the node declares: the limit never applies, and whatever it was meant to protect is unprotected on that
 * node. Checked per node, since nodes sharing a profile may differ in memory.
 */
final class NodeMemoryCheck implements Check {

  @Override
  public String id() {
    return "memory-above-node";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Node node : cluster.nodes()) {
      if (node.memory() == null || node.profile() == null) {
        continue;
      }
      var base = cluster.path(node).child("host", node.profile().name());
      for (HostUnits.Placed placed : HostUnits.of(base, node.profile())) {
        var resources = HostUnits.resources(placed.unit());
        check(placed, "MemoryMax", resources.memoryMax(), node.memory(), problems);
        check(placed, "MemoryHigh", resources.memoryHigh(), node.memory(), problems);
      }
    }
    return problems;
  }

  private void check(HostUnits.Placed placed, String key, Amount limit, Size memory, List<Problem> out) {
    if (limit instanceof Size size && size.isAbove(memory)) {
      out.add(Problem.error(id(), placed.path(),
              key + "=" + size + " is above the node's declared memory of " + memory)
          .hint("lower it, or give a share of physical memory: " + Character.toLowerCase(key.charAt(0))
              + key.substring(1) + "(Percent.of(75))"));
    }
  }
}
