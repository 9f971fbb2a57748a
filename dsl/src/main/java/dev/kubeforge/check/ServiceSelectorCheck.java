package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.Service;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Service whose selector matches the pods of no workload in its namespace: it would route nowhere. */
final class ServiceSelectorCheck implements Check {

  @Override
  public String id() {
    return "service-selects-nothing";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var objects = cluster.objects();
    PodIndex pods = null;
    for (KubeObject object : objects) {
      if (!(object.resource() instanceof Service service) || service.getSpec() == null) {
        continue;
      }
      Map<String, String> selector = service.getSpec().getSelector();
      if (selector == null || selector.isEmpty()) {
        continue; // a Service without selector has its endpoints managed by hand
      }
      if (pods == null) {
        pods = new PodIndex(objects);
      }
      if (!pods.anySelected(object.namespace(), selector)) {
        problems.add(Problem.error(id(), object.path(), "Service '" + object.name() + "' selects "
                + new TreeMap<>(selector) + ", which matches no pod template in namespace " + object.namespace())
            .hint("select the labels of a workload in the same namespace"));
      }
    }
    return problems;
  }

  /**
   * The labels of every pod template, by namespace and by each of their labels, so that a selector is
   * matched against the templates that carry one of its labels rather than against every object.
   */
  private static final class PodIndex {
    private final Map<String, Map<Map.Entry<String, String>, List<Map<String, String>>>> byNamespace =
        new HashMap<>();

    PodIndex(List<KubeObject> objects) {
      for (KubeObject candidate : objects) {
        var template = Workloads.podTemplate(candidate.resource());
        if (template == null) {
          continue;
        }
        var labels = Workloads.podLabels(template);
        var byLabel = byNamespace.get(candidate.namespace());
        if (byLabel == null) {
          byLabel = new HashMap<>();
          byNamespace.put(candidate.namespace(), byLabel);
        }
        for (Map.Entry<String, String> label : labels.entrySet()) {
          var key = new AbstractMap.SimpleImmutableEntry<>(label);
          var carriers = byLabel.get(key);
          if (carriers == null) {
            carriers = new ArrayList<>();
            byLabel.put(key, carriers);
          }
          carriers.add(labels);
        }
      }
    }

    /** Whether the labels of any pod template in the namespace include every entry of the selector. */
    boolean anySelected(String namespace, Map<String, String> selector) {
      var byLabel = byNamespace.getOrDefault(namespace, Map.of());
      var first = new AbstractMap.SimpleImmutableEntry<>(selector.entrySet().iterator().next());
      for (Map<String, String> labels : byLabel.getOrDefault(first, List.of())) {
        if (labels.entrySet().containsAll(selector.entrySet())) {
          return true;
        }
      }
      return false;
    }
  }
}
