package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A warning, once per namespace, naming its workloads that no NetworkPolicy selects: their pods accept
 * traffic from every pod of the cluster. A policy with an empty pod selector covers the whole namespace.
 * Static pods run in the node's network and are not checked.
 */
final class NetworkPolicyCheck implements Check {

  static final String ID = "no-network-policy";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var pods = Workloads.podObjects(cluster);
    var index = new Workloads.PodIndex(pods);
    var covered = new IdentityHashMap<Workloads.PodObject, Boolean>();
    var wholeNamespace = new ArrayList<String>();
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof NetworkPolicy policy) || policy.getSpec() == null) {
        continue;
      }
      var selector = policy.getSpec().getPodSelector();
      boolean all = selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
          && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
      if (all) {
        wholeNamespace.add(object.namespace());
      } else {
        index.selected(object.namespace(), selector.getMatchLabels()).forEach(pod -> covered.put(pod, true));
      }
    }
    var problems = new ArrayList<Problem>();
    for (Namespace namespace : cluster.namespaces()) {
      if (wholeNamespace.contains(namespace.name())) {
        continue;
      }
      var open = new ArrayList<String>();
      for (Workloads.PodObject pod : pods) {
        if (!pod.staticPod() && pod.object().namespace().equals(namespace.name())
            && !Boolean.TRUE.equals(pod.spec().getHostNetwork()) && !covered.containsKey(pod)) {
          open.add(pod.describe());
        }
      }
      if (!open.isEmpty()) {
        problems.add(Problem.warning(ID, cluster.path().child("namespace", namespace.name()), "no NetworkPolicy"
                + " selects " + String.join(", ", open) + ": every pod of the cluster can reach them")
            .hint("ns.networkPolicy(\"default-deny\").denyIngress(), then allow what each app needs, or allow(\""
                + ID + "\", reason)"));
      }
    }
    return problems;
  }
}
