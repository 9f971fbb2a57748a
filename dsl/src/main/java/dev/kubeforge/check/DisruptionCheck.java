package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Warnings about voluntary disruptions (node drains, upgrades): a Deployment or StatefulSet no
 * PodDisruptionBudget covers ({@code no-disruption-budget}), and a PodDisruptionBudget that lets no pod
 * be evicted ({@code disruption-budget-blocks-eviction}: {@code maxUnavailable: 0}, {@code minAvailable:
 * 100%}, or a {@code minAvailable} as high as the replicas it covers), so that every drain of their
 * nodes hangs.
 */
final class DisruptionCheck implements Check {

  static final String ID = "no-disruption-budget";
  static final String BLOCKS = "disruption-budget-blocks-eviction";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var index = new Workloads.PodIndex(Workloads.podObjects(cluster));
    var covered = new IdentityHashMap<KubeObject, Boolean>();
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof PodDisruptionBudget budget) || budget.getSpec() == null
          || budget.getSpec().getSelector() == null) {
        continue;
      }
      var spec = budget.getSpec();
      var selected = index.selected(object.namespace(), spec.getSelector().getMatchLabels());
      selected.forEach(pod -> covered.put(pod.object(), true));
      var blocks = blocks(spec.getMaxUnavailable(), true) ? "maxUnavailable: " + spec.getMaxUnavailable().getValue()
          : blocks(spec.getMinAvailable(), false) ? "minAvailable: " + spec.getMinAvailable().getValue() : null;
      if (blocks == null && spec.getMinAvailable() != null && spec.getMinAvailable().getIntVal() != null) {
        int min = spec.getMinAvailable().getIntVal();
        for (Workloads.PodObject pod : selected) {
          var replicas = replicas(pod.object());
          if (replicas != null && min >= replicas) {
            blocks = "minAvailable: " + min + " of the " + replicas + " replicas of " + pod.describe();
            break;
          }
        }
      }
      if (blocks != null) {
        problems.add(Problem.warning(BLOCKS, object.path(), "PodDisruptionBudget '" + object.name()
                + "' lets no pod be evicted (" + blocks + "): every drain of their nodes waits forever")
            .hint("DisruptionBudget.maxUnavailable(PodCount.of(1)) with at least 2 replicas, or allow(\"" + BLOCKS
                + "\", reason)"));
      }
    }
    for (KubeObject object : cluster.objects()) {
      var replicas = replicas(object);
      if (replicas == null || replicas == 0 || covered.containsKey(object)) {
        continue;
      }
      var kind = object.kind() + " '" + object.name() + "'";
      var message = replicas == 1
          ? kind + " runs 1 replica and no PodDisruptionBudget covers it: draining its node stops it until the"
              + " replacement is ready"
          : kind + " runs " + replicas + " replicas and no PodDisruptionBudget covers them: a drain may evict them"
              + " all at once";
      problems.add(Problem.warning(ID, object.path(), message)
          .hint((replicas == 1 ? ".replicas(2)" : "") + ".disruptionBudget(DisruptionBudget.maxUnavailable("
              + "PodCount.of(1))), or allow(\"" + ID + "\", reason)"));
    }
    return problems;
  }

  /** The replicas of a Deployment or StatefulSet (1 when unset), or {@code null} for any other object. */
  static Integer replicas(KubeObject object) {
    if (object.readOnlyResource() instanceof Deployment d) {
      return d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    }
    if (object.readOnlyResource() instanceof StatefulSet s) {
      return s.getSpec() == null || s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
    }
    return null;
  }

  /** Whether the value alone lets no pod go: 0 or 0% unavailable, or 100% available. */
  private static boolean blocks(IntOrString value, boolean unavailable) {
    if (value == null) {
      return false;
    }
    if (value.getIntVal() != null) {
      return unavailable && value.getIntVal() == 0;
    }
    var text = value.getStrVal() == null ? "" : value.getStrVal().strip();
    return unavailable ? text.equals("0%") || text.equals("0") : text.equals("100%");
  }
}
