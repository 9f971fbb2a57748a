package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A warning for a served workload without a readiness probe: a Service selects its pods, so they get
 * requests as soon as their containers start, before they can answer, and during every rollout. The
 * containers checked are those that declare a port (the first container when none does).
 */
final class ReadinessProbeCheck implements Check {

  @Override
  public String id() {
    return "no-readiness-probe";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var pods = Workloads.podObjects(cluster);
    var index = new Workloads.PodIndex(pods);
    var servedBy = new IdentityHashMap<Workloads.PodObject, KubeObject>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof Service service && service.getSpec() != null) {
        for (Workloads.PodObject pod : index.selected(object.namespace(), service.getSpec().getSelector())) {
          servedBy.putIfAbsent(pod, object);
        }
      }
    }
    for (Workloads.PodObject pod : pods) {
      var service = servedBy.get(pod);
      if (service == null) {
        continue;
      }
      var served = new ArrayList<Workloads.PodContainer>();
      Workloads.PodContainer first = null;
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.init()) {
          continue;
        }
        first = first == null ? at : first;
        if (at.container().getPorts() != null && !at.container().getPorts().isEmpty()) {
          served.add(at);
        }
      }
      if (served.isEmpty() && first != null) {
        served.add(first);
      }
      for (Workloads.PodContainer at : served) {
        if (at.container().getReadinessProbe() == null) {
          problems.add(Problem.warning(id(), at.path(), "container " + at.container().getName()
                  + " has no readiness probe, yet Service '" + service.name()
                  + "' sends it traffic: its pods get requests before they are ready")
              .hint(".readiness(Probe.http(\"/ready\", \"http\")) or Probe.tcp(\"<port>\"), or allow(\"" + id()
                  + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
