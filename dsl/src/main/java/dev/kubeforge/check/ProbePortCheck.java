package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;

/**
 * A liveness, readiness or startup probe aimed at a port its container does not declare: a name that
 * resolves to nothing fails the probe for ever, and a number usually means the probe and the port
 * drifted apart.
 */
final class ProbePortCheck implements Check {

  @Override
  public String id() {
    return "probe-port-undeclared";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var container = at.container();
        check(at, "liveness probe", container.getLivenessProbe(), problems);
        check(at, "readiness probe", container.getReadinessProbe(), problems);
        check(at, "startup probe", container.getStartupProbe(), problems);
      }
    }
    return problems;
  }

  private void check(Workloads.PodContainer at, String kind, Probe probe, List<Problem> problems) {
    if (probe == null) {
      return;
    }
    IntOrString port = null;
    if (probe.getHttpGet() != null) {
      port = probe.getHttpGet().getPort();
    } else if (probe.getTcpSocket() != null) {
      port = probe.getTcpSocket().getPort();
    } else if (probe.getGrpc() != null && probe.getGrpc().getPort() != null) {
      port = new IntOrString(probe.getGrpc().getPort());
    }
    if (port == null || declares(at.container(), port)) {
      return;
    }
    boolean named = port.getStrVal() != null;
    var shown = named ? "'" + port.getStrVal() + "'" : String.valueOf(port.getIntVal());
    problems.add(Problem.error(id(), at.path().field(kind), kind + " targets port " + shown
            + ", which container " + at.container().getName() + " does not declare (declared: "
            + Workloads.declaredPorts(at.container()) + ")")
        .hint(named
            ? "declare it with .port(\"" + port.getStrVal() + "\", <number>), or probe a declared port"
            : "declare it with .port(" + port.getIntVal() + ") (or .port(\"<name>\", " + port.getIntVal()
                + ") and probe it by name), or probe a declared port"));
  }

  private static boolean declares(Container container, IntOrString port) {
    if (container.getPorts() == null) {
      return false;
    }
    for (ContainerPort declared : container.getPorts()) {
      if (port.getStrVal() != null ? port.getStrVal().equals(declared.getName())
          : port.getIntVal() != null && port.getIntVal().equals(declared.getContainerPort())) {
        return true;
      }
    }
    return false;
  }
}
