package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.External;
import dev.kubeforge.k8s.ExternalService;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Ingress or HTTPRoute backend whose Service, or whose port on that Service, does not exist: requests
 * would fail with 503. Typed {@code ServicePort} references cannot dangle; this catches objects added as
 * is, imported YAML, and Services changed by {@code customize}. A Service declared
 * {@code namespace.external(..)} counts as present, with the ports its declaration lists (any port when
 * it lists none).
 */
final class IngressBackendCheck implements Check {

  /** The Services of the cluster and those declared external, by {@code namespace/name}. */
  private record Known(Map<String, Service> services, Map<String, ExternalService> externals) {}

  @Override
  public String id() {
    return "dangling-backend";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var services = new HashMap<String, Service>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof Service service) {
        services.put(object.namespace() + "/" + object.name(), service);
      }
    }
    var externals = new HashMap<String, ExternalService>();
    for (Namespace namespace : cluster.namespaces()) {
      for (External external : namespace.externals()) {
        if (external instanceof ExternalService service) {
          externals.put(namespace.name() + "/" + service.name(), service);
        }
      }
    }
    var known = new Known(services, externals);
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof Ingress ingress && ingress.getSpec() != null) {
        var spec = ingress.getSpec();
        if (spec.getDefaultBackend() != null) {
          check(object, object.path().field("default backend"), spec.getDefaultBackend(), known, problems);
        }
        for (IngressRule rule : list(spec.getRules())) {
          if (rule.getHttp() == null) {
            continue;
          }
          for (HTTPIngressPath path : list(rule.getHttp().getPaths())) {
            var where = object.path().field("rule " + (rule.getHost() == null ? "*" : rule.getHost())
                + (path.getPath() == null ? "" : path.getPath()));
            check(object, where, path.getBackend(), known, problems);
          }
        }
      } else if (object.readOnlyResource() instanceof HTTPRoute route && route.getSpec() != null) {
        var rules = list(route.getSpec().getRules());
        for (int i = 0; i < rules.size(); i++) {
          for (HTTPBackendRef ref : list(rules.get(i).getBackendRefs())) {
            check(object, object.path().field("rule " + i), ref, known, problems);
          }
        }
      }
    }
    return problems;
  }

  private void check(KubeObject object, ObjectPath where, IngressBackend backend, Known known,
      List<Problem> problems) {
    if (backend == null || backend.getService() == null) {
      return; // a resource backend (an object of another kind) is the controller's business
    }
    var ref = backend.getService();
    var port = ref.getPort();
    String portName = port == null ? null : port.getName();
    Integer portNumber = port == null ? null : port.getNumber();
    check(where, object.namespace(), ref.getName(), portName, portNumber, known, problems);
  }

  private void check(KubeObject object, ObjectPath where, HTTPBackendRef ref, Known known,
      List<Problem> problems) {
    boolean service = (ref.getKind() == null || ref.getKind().equals("Service"))
        && (ref.getGroup() == null || ref.getGroup().isEmpty());
    if (!service) {
      return;
    }
    var namespace = ref.getNamespace() == null ? object.namespace() : ref.getNamespace();
    check(where, namespace, ref.getName(), null, ref.getPort(), known, problems);
  }

  private void check(ObjectPath where, String namespace, String name, String portName, Integer portNumber,
      Known known, List<Problem> problems) {
    var service = known.services().get(namespace + "/" + name);
    var external = known.externals().get(namespace + "/" + name);
    if (service == null && external != null) {
      boolean listed = portName != null ? external.namedPorts().containsKey(portName)
          : portNumber == null || external.exposes(portNumber);
      boolean anyPort = external.namedPorts().isEmpty() && external.unnamedPorts().isEmpty();
      if (!listed && !anyPort) {
        problems.add(Problem.error(id(), where, "routes to port " + (portName != null ? "'" + portName + "'" : portNumber)
                + " of external Service '" + name + "', whose declaration lists only " + describe(external))
            .hint("route to a listed port, or list it with ExternalService.named(\"" + name + "\").port(..)"));
      }
      return;
    }
    if (service == null) {
      problems.add(Problem.error(id(), where,
              "routes to Service '" + name + "', which namespace " + namespace + " does not have")
          .hint("route to a declared Service; app.service().port(\"name\") gives a typed reference, and"
              + " namespace.external(ExternalService.named(\"" + name + "\").port(..)) declares one created"
              + " by other means"));
      return;
    }
    var declared = new ArrayList<String>();
    boolean found = false;
    var ports = service.getSpec() == null ? List.<io.fabric8.kubernetes.api.model.ServicePort>of()
        : list(service.getSpec().getPorts());
    for (var port : ports) {
      declared.add(port.getName() == null ? String.valueOf(port.getPort()) : port.getName() + " (" + port.getPort() + ")");
      found |= portName != null ? portName.equals(port.getName()) : portNumber != null && portNumber.equals(port.getPort());
    }
    if (!found && (portName != null || portNumber != null)) {
      problems.add(Problem.error(id(), where, "routes to port " + (portName != null ? "'" + portName + "'" : portNumber)
              + " of Service '" + name + "', which declares " + (declared.isEmpty() ? "no port" : "only " + declared))
          .hint("route to one of the Service's ports"));
    }
  }

  private static String describe(ExternalService external) {
    var listed = new ArrayList<String>();
    external.namedPorts().forEach((portName, number) -> listed.add(portName + " (" + number + ")"));
    external.unnamedPorts().forEach(number -> listed.add(String.valueOf(number)));
    return listed.toString();
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
