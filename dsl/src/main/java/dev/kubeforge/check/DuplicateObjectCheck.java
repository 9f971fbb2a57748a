package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Two objects of the same kind and name in the same namespace: the second would replace the first.
 * Static pods share one manifest directory per node, so two of the same name clash in any namespaces.
 */
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
      var key = object.readOnlyResource().getApiVersion() + "/" + object.kind() + "/" + object.namespace() + "/" + object.name();
      report(seen.putIfAbsent(key, object), object, object.kind() + " '" + object.name() + "' is defined twice",
          problems);
    }
    var staticPods = new HashMap<String, KubeObject>();
    for (Namespace namespace : cluster.namespaces()) {
      for (KubeObject pod : namespace.staticPods()) {
        report(staticPods.putIfAbsent(pod.name(), pod), pod, "static pod '" + pod.name()
            + "' is defined twice (static pods share the kubelet's manifest directory)", problems);
      }
    }
    return problems;
  }

  private void report(KubeObject first, KubeObject object, String what, List<Problem> problems) {
    if (first != null) {
      problems.add(Problem.error(id(), object.path(), what + "; the first definition is at " + first.path())
          .hint("give one of them another name, or remove one"));
    }
  }
}
