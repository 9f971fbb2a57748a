package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Two objects of the same kind and name in the same namespace: the second would replace the first. */
final class DuplicateObjectCheck implements Check {

  @Override
  public String id() {
    return "duplicate-object";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var seen = new HashMap<String, KubeObject>();
    for (KubeObject object : cluster.objects()) {
      var key = object.resource().getApiVersion() + "/" + object.kind() + "/" + object.namespace() + "/" + object.name();
      var first = seen.putIfAbsent(key, object);
      if (first != null) {
        problems.add(Problem.error(id(), object.path(),
                object.kind() + " '" + object.name() + "' is defined twice; the first definition is at " + first.path())
            .hint("give one of them another name, or remove one"));
      }
    }
    return problems;
  }
}
