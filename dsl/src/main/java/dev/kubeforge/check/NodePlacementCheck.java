package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.Taint;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Workloads that can run on no declared node: their node selector and required node affinity match no
 * node ({@code node-selector-matches-nothing}), or every node they match has a taint they do not
 * tolerate ({@code taint-not-tolerated}). Static pods are not scheduled and are skipped; so is a cluster
 * that declares no nodes.
 *
 * <p>Besides a node's own labels, every node has {@code kubernetes.io/hostname=<name>} and
 * {@code kubernetes.io/os=linux}; {@code kubernetes.io/arch} is set by the kubelet from the machine, so
 * any condition on it is taken as met.
 */
final class NodePlacementCheck implements Check {

  static final String NO_MATCH = "node-selector-matches-nothing";

  private static final String HOSTNAME = "kubernetes.io/hostname";
  private static final String OS = "kubernetes.io/os";
  private static final String ARCH = "kubernetes.io/arch";

  private final Function<Cluster, List<? extends Node>> nodes;

  /** A check over the nodes {@code nodes} finds in a cluster. */
  NodePlacementCheck(Function<Cluster, List<? extends Node>> nodes) {
    this.nodes = nodes;
  }

  @Override
  public String id() {
    return "taint-not-tolerated";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var declared = nodes.apply(cluster);
    var problems = new ArrayList<Problem>();
    if (declared.isEmpty()) {
      return problems;
    }
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      if (pod.staticPod()) {
        continue;
      }
      var spec = pod.spec();
      var candidates = new ArrayList<Node>();
      for (Node node : declared) {
        if (matches(spec, node)) {
          candidates.add(node);
        }
      }
      if (candidates.isEmpty()) {
        problems.add(Problem.error(NO_MATCH, pod.object().path(), pod.describe() + " requires nodes with "
                + requirement(spec) + ", which no declared node has (nodes: " + names(declared) + ")")
            .hint("label a node to match, such as Node.named(.., n -> n.label(key, value)), or change the requirement"));
        continue;
      }
      var blocked = new ArrayList<String>();
      for (Node node : candidates) {
        var untolerated = untolerated(spec, node);
        if (untolerated.isEmpty()) {
          blocked.clear();
          break;
        }
        var taints = new ArrayList<String>(untolerated.size());
        untolerated.forEach(t -> taints.add(t.toString()));
        blocked.add(node.name() + " (" + String.join(", ", taints) + ")");
      }
      if (!blocked.isEmpty()) {
        var taint = firstUntolerated(spec, candidates.get(0));
        problems.add(Problem.error(id(), pod.object().path(), pod.describe()
                + " can run only on nodes whose taints it does not tolerate: " + String.join(", ", blocked))
            .hint(".toleration(Toleration.exists(\"" + taint.key() + "\", TaintEffect." + taint.effect().name()
                + ")), or let it run on other nodes"));
      }
    }
    return problems;
  }

  private static boolean matches(PodSpec spec, Node node) {
    if (spec.getNodeSelector() != null) {
      for (Map.Entry<String, String> wanted : spec.getNodeSelector().entrySet()) {
        if (!wanted.getKey().equals(ARCH) && !wanted.getValue().equals(label(node, wanted.getKey()))) {
          return false;
        }
      }
    }
    var affinity = spec.getAffinity();
    if (affinity == null || affinity.getNodeAffinity() == null
        || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
      return true;
    }
    var terms = affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms();
    if (terms == null || terms.isEmpty()) {
      return true;
    }
    for (NodeSelectorTerm term : terms) {
      if (matches(term, node)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(NodeSelectorTerm term, Node node) {
    if (term.getMatchExpressions() != null) {
      for (NodeSelectorRequirement requirement : term.getMatchExpressions()) {
        if (!requirement.getKey().equals(ARCH) && !holds(requirement, label(node, requirement.getKey()))) {
          return false;
        }
      }
    }
    if (term.getMatchFields() != null) {
      for (NodeSelectorRequirement requirement : term.getMatchFields()) {
        if ("metadata.name".equals(requirement.getKey()) && !holds(requirement, node.name())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean holds(NodeSelectorRequirement requirement, String value) {
    var values = requirement.getValues() == null ? List.<String>of() : requirement.getValues();
    switch (requirement.getOperator()) {
      case "In":
        return value != null && values.contains(value);
      case "NotIn":
        return value == null || !values.contains(value);
      case "Exists":
        return value != null;
      case "DoesNotExist":
        return value == null;
      case "Gt":
      case "Lt":
        if (value == null || values.size() != 1) {
          return false;
        }
        try {
          int compared = Long.compare(Long.parseLong(value), Long.parseLong(values.get(0)));
          return requirement.getOperator().equals("Gt") ? compared > 0 : compared < 0;
        } catch (NumberFormatException e) {
          return false;
        }
      default:
        return false;
    }
  }

  /** The node's value of label {@code key}, with the labels every node has; {@code null} when it has none. */
  private static String label(Node node, String key) {
    var value = node.labels().get(key);
    if (value != null) {
      return value;
    }
    if (key.equals(HOSTNAME)) {
      return node.name();
    }
    return key.equals(OS) ? "linux" : null;
  }

  private static List<Taint> untolerated(PodSpec spec, Node node) {
    var list = new ArrayList<Taint>();
    for (Taint taint : node.taints()) {
      if (taint.effect().blocksScheduling() && !tolerated(spec, taint)) {
        list.add(taint);
      }
    }
    return list;
  }

  private static Taint firstUntolerated(PodSpec spec, Node node) {
    return untolerated(spec, node).get(0);
  }

  private static boolean tolerated(PodSpec spec, Taint taint) {
    if (spec.getTolerations() == null) {
      return false;
    }
    for (Toleration toleration : spec.getTolerations()) {
      var key = toleration.getKey();
      boolean exists = "Exists".equals(toleration.getOperator());
      boolean keyMatches = key == null || key.isEmpty() ? exists : key.equals(taint.key());
      boolean valueMatches = exists || taint.value().equals(toleration.getValue() == null ? "" : toleration.getValue());
      var effect = toleration.getEffect();
      boolean effectMatches = effect == null || effect.isEmpty() || effect.equals(taint.effect().value());
      if (keyMatches && valueMatches && effectMatches) {
        return true;
      }
    }
    return false;
  }

  /** The node requirements in kubectl's selector syntax: {@code workload=gpu, zone in (a, b)}. */
  private static String requirement(PodSpec spec) {
    var parts = new ArrayList<String>();
    if (spec.getNodeSelector() != null) {
      new TreeMap<>(spec.getNodeSelector()).forEach((key, value) -> parts.add(key + "=" + value));
    }
    var affinity = spec.getAffinity();
    if (affinity != null && affinity.getNodeAffinity() != null
        && affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
      var terms = new ArrayList<String>();
      for (NodeSelectorTerm term : affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
          .getNodeSelectorTerms()) {
        var rules = new ArrayList<String>();
        if (term.getMatchExpressions() != null) {
          term.getMatchExpressions().forEach(r -> rules.add(rule(r.getKey(), r)));
        }
        if (term.getMatchFields() != null) {
          term.getMatchFields().forEach(r -> rules.add(rule("node name", r)));
        }
        terms.add(String.join(", ", rules));
      }
      parts.add(terms.size() == 1 ? terms.get(0) : "(" + String.join(") or (", terms) + ")");
    }
    return String.join(", ", parts);
  }

  private static String rule(String key, NodeSelectorRequirement requirement) {
    var values = requirement.getValues() == null ? "" : String.join(", ", requirement.getValues());
    switch (requirement.getOperator()) {
      case "In":
        return key + " in (" + values + ")";
      case "NotIn":
        return key + " notin (" + values + ")";
      case "Exists":
        return key;
      case "DoesNotExist":
        return "!" + key;
      case "Gt":
        return key + " > " + values;
      case "Lt":
        return key + " < " + values;
      default:
        return key + " " + requirement.getOperator() + " (" + values + ")";
    }
  }

  private static String names(List<? extends Node> nodes) {
    var names = new ArrayList<String>(nodes.size());
    nodes.forEach(n -> names.add(n.name()));
    return String.join(", ", names);
  }
}
