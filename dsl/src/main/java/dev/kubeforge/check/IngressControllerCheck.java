package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.Ingress;
import dev.kubeforge.k8s.Namespace;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ingress that asks its controller for something the controller cannot express (basic auth on
 * Gateway API, ingress-nginx's removed add-base-url, ...). Dropping it silently would leave a route
 * open or broken, so each one is an error; allow it with a reason where something else provides it.
 */
final class IngressControllerCheck implements Check {

  @Override
  public String id() {
    return "controller-unsupported";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Namespace namespace : cluster.namespaces()) {
      for (Ingress ingress : namespace.ingresses()) {
        for (Ingress.Unsupported unsupported : ingress.unsupported()) {
          problems.add(Problem.error(id(), ingress.path().field(unsupported.field()), unsupported.message())
              .hint(unsupported.hint()));
        }
      }
    }
    return problems;
  }
}
