package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service port whose target no container of the pods it selects declares: a port name no container
 * declares is an error (the Service has no endpoint for it, so connections are refused); a port number
 * no container declares is a warning (it works only if the process listens there anyway). A Service that
 * selects nothing is {@code service-selects-nothing}'s problem.
 */
final class ServiceTargetPortCheck implements Check {

  @Override
  public String id() {
    return "service-target-port-undeclared";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var index = new Workloads.PodIndex(Workloads.podObjects(cluster));
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof Service service) || service.getSpec() == null
          || service.getSpec().getPorts() == null) {
        continue;
      }
      var pods = index.selected(object.namespace(), service.getSpec().getSelector());
      if (pods.isEmpty()) {
        continue;
      }
      for (ServicePort port : service.getSpec().getPorts()) {
        var target = port.getTargetPort();
        String name = target != null && target.getStrVal() != null ? target.getStrVal() : null;
        Integer number = name != null ? null : target != null && target.getIntVal() != null ? target.getIntVal()
            : port.getPort();
        if ((name == null && number == null) || declared(pods, name, number)) {
          continue;
        }
        var at = object.path().field("port " + (port.getName() != null ? port.getName() : port.getPort()));
        var workloads = String.join(", ", pods.stream().map(Workloads.PodObject::describe).distinct().toList());
        var ports = String.join("; ", pods.stream()
            .flatMap(pod -> pod.containers().stream().filter(c -> !c.init()))
            .map(c -> c.container().getName() + ": " + Workloads.declaredPorts(c.container())).distinct().toList());
        if (name != null) {
          problems.add(Problem.error(id(), at, "Service '" + object.name() + "' targets port '" + name
                  + "', which no container of " + workloads + " declares (" + ports + ")")
              .hint("name a declared port, or declare it with .port(\"" + name + "\", <number>)"));
        } else {
          problems.add(Problem.warning(id(), at, "Service '" + object.name() + "' targets port " + number
                  + ", which no container of " + workloads + " declares (" + ports + ")")
              .hint("declare it with .port(\"<name>\", " + number + ") and target it by name, or allow(\"" + id()
                  + "\", reason)"));
        }
      }
    }
    return problems;
  }

  private static boolean declared(List<Workloads.PodObject> pods, String name, Integer number) {
    for (Workloads.PodObject pod : pods) {
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.init() || at.container().getPorts() == null) {
          continue;
        }
        for (ContainerPort port : at.container().getPorts()) {
          if (name != null ? name.equals(port.getName()) : number.equals(port.getContainerPort())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
