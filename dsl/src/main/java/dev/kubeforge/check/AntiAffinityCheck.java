package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for a Deployment or StatefulSet of several replicas that does not spread them: without pod
 * anti-affinity or a topology spread constraint the scheduler may put them all on one node, which then
 * takes them all down.
 */
final class AntiAffinityCheck implements Check {

  static final String ID = "no-anti-affinity";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      var replicas = DisruptionCheck.replicas(object);
      var template = object.readOnlyPodTemplate();
      if (replicas == null || replicas < 2 || template == null) {
        continue;
      }
      var spec = template.getSpec();
      boolean spread = spec != null && ((spec.getAffinity() != null && spec.getAffinity().getPodAntiAffinity() != null)
          || (spec.getTopologySpreadConstraints() != null && !spec.getTopologySpreadConstraints().isEmpty()));
      if (!spread) {
        problems.add(Problem.warning(ID, object.path(), object.kind() + " '" + object.name() + "' runs " + replicas
                + " replicas without pod anti-affinity or topology spread: they may all land on one node")
            .hint(".onePodPer(TopologyKey.HOSTNAME), or allow(\"" + ID + "\", reason)"));
      }
    }
    return problems;
  }
}
