package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.kubeadm.Cni;
import dev.kubeforge.kubeadm.NodeConfig;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DaemonSet of the pod network ({@code kubeadm.cni(Cni.objectsIn(..))}) that does not tolerate a
 * taint some node registers with: the network would not run on that node, so its pods never get an
 * address. kubeadm's control-plane taint counts on control-plane nodes that declare no taints of their
 * own. Also reports a CNI namespace that holds no DaemonSet ({@code cni-missing}).
 */
final class CniTolerationCheck extends KubeadmCheck {

  static final String CNI_MISSING = "cni-missing";

  /** The taint kubeadm puts on control-plane nodes when their {@code nodeRegistration.taints} is unset. */
  static final Taint CONTROL_PLANE_TAINT = taint("node-role.kubernetes.io/control-plane", "NoSchedule");

  @Override
  public String id() {
    return "cni-missing-toleration";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    if (!(kubeadm.cni().orElse(null) instanceof Cni.Objects cni)) {
      return problems;
    }
    var daemonSets = cluster.objects().stream()
        .filter(object -> object.namespace().equals(cni.namespace()) && object.readOnlyResource() instanceof DaemonSet)
        .toList();
    if (daemonSets.isEmpty()) {
      problems.add(Problem.error(CNI_MISSING, kubeadm.path().field("cni"), "the pod network is the objects of namespace "
              + cni.namespace() + ", which holds no DaemonSet")
          .hint("define the CNI's DaemonSet in cluster.namespace(\"" + cni.namespace() + "\"), or use Cni.manifest(url)"));
    }
    for (KubeObject object : daemonSets) {
      var spec = ((DaemonSet) object.readOnlyResource()).getSpec();
      List<Toleration> tolerations = spec == null || spec.getTemplate() == null || spec.getTemplate().getSpec() == null
          || spec.getTemplate().getSpec().getTolerations() == null ? List.of()
          : spec.getTemplate().getSpec().getTolerations();
      for (NodeConfig node : kubeadm.nodes()) {
        for (Taint taint : taints(node)) {
          if (!"PreferNoSchedule".equals(taint.getEffect())
              && tolerations.stream().noneMatch(toleration -> tolerates(toleration, taint))) {
            problems.add(Problem.error(id(), object.path(), "DaemonSet " + object.name() + " does not tolerate "
                    + describe(taint) + " of node " + node.node().name() + ", so the pod network would not run there")
                .hint("add the toleration {key: " + taint.getKey() + ", operator: Exists, effect: " + taint.getEffect()
                    + "} to its pod template, or {operator: Exists} to run on every node"));
          }
        }
      }
    }
    return problems;
  }

  /** The taints the node registers with, kubeadm's control-plane default included. */
  private static List<Taint> taints(NodeConfig node) {
    var registration = node.registration();
    var taints = registration == null ? null : registration.taints();
    if (taints == null) {
      return node.role().controlPlane() ? List.of(CONTROL_PLANE_TAINT) : List.of();
    }
    return taints;
  }

  /** Kubernetes' rule: an empty key with Exists matches every taint; an empty effect matches every effect. */
  private static boolean tolerates(Toleration toleration, Taint taint) {
    if (toleration.getEffect() != null && !toleration.getEffect().isEmpty()
        && !toleration.getEffect().equals(taint.getEffect())) {
      return false;
    }
    boolean exists = "Exists".equals(toleration.getOperator());
    if (toleration.getKey() == null || toleration.getKey().isEmpty()) {
      return exists;
    }
    if (!toleration.getKey().equals(taint.getKey())) {
      return false;
    }
    return exists || Objects.equals(Objects.toString(toleration.getValue(), ""), Objects.toString(taint.getValue(), ""));
  }

  private static String describe(Taint taint) {
    return "taint " + taint.getKey() + (taint.getValue() == null || taint.getValue().isEmpty() ? "" : "=" + taint.getValue())
        + ":" + taint.getEffect();
  }

  private static Taint taint(String key, String effect) {
    var taint = new Taint();
    taint.setKey(key);
    taint.setEffect(effect);
    return taint;
  }
}
