package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
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
    var pods = new Workloads.PodIndex(Workloads.podObjects(cluster));
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof Service service) || service.getSpec() == null) {
        continue;
      }
      Map<String, String> selector = service.getSpec().getSelector();
      if (selector == null || selector.isEmpty()) {
        continue; // a Service without selector has its endpoints managed by hand
      }
      if (pods.selected(object.namespace(), selector).isEmpty()) {
        problems.add(Problem.error(id(), object.path(), "Service '" + object.name() + "' selects "
                + new TreeMap<>(selector) + ", which matches no pod template in namespace " + object.namespace())
            .hint("select the labels of a workload in the same namespace"));
      }
    }
    return problems;
  }
}
