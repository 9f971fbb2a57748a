package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Node ports outside the cluster's node port range ({@code nodeport-out-of-range}), which the API server
 * rejects, and node ports that two Services claim ({@code nodeport-conflict}): node ports are opened on
 * every node, so each serves one Service.
 */
final class NodePortCheck implements Check {

  static final String CONFLICT = "nodeport-conflict";

  private final int first;
  private final int last;

  /** A check against the range {@code first..last}; Kubernetes' default is 30000-32767. */
  NodePortCheck(int first, int last) {
    this.first = first;
    this.last = last;
  }

  @Override
  public String id() {
    return "nodeport-out-of-range";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var taken = new HashMap<Integer, Claim>();
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof Service service) || service.getSpec() == null
          || service.getSpec().getPorts() == null) {
        continue;
      }
      for (ServicePort port : service.getSpec().getPorts()) {
        Integer nodePort = port.getNodePort();
        if (nodePort == null) {
          continue;
        }
        var portName = port.getName() == null ? String.valueOf(port.getPort()) : port.getName();
        var path = object.path().field("port " + portName);
        if (nodePort < first || nodePort > last) {
          problems.add(Problem.error(id(), path, "Service '" + object.name() + "' port " + portName + " uses node port "
                  + nodePort + ", outside the node port range " + first + "-" + last)
              .hint("pick a node port in " + first + "-" + last + ", or leave it out and let the cluster pick one"));
        }
        var claim = new Claim(object, path);
        var previous = taken.putIfAbsent(nodePort, claim);
        if (previous != null && previous.object != object) {
          problems.add(Problem.error(CONFLICT, path, "node port " + nodePort + " is already used by Service '"
                  + previous.object.name() + "' in namespace " + previous.object.namespace() + " at " + previous.path)
              .hint("node ports are opened on every node, so each serves one Service: pick another"));
        }
      }
    }
    return problems;
  }

  private record Claim(KubeObject object, ObjectPath path) {}
}
