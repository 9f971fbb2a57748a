package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the pod template and containers out of any kind that runs pods. */
final class Workloads {

  private Workloads() {}

  /**
   * A container of a workload's pods, with its path: {@code <object path> › container x} or
   * {@code <object path> › init container x}.
   */
  record PodContainer(ObjectPath path, Container container, boolean init) {}

  /** A workload or pod of the cluster with its pod template. */
  record PodObject(KubeObject object, PodTemplateSpec template, boolean staticPod) {

    /** The template's spec, never null. */
    io.fabric8.kubernetes.api.model.PodSpec spec() {
      return template.getSpec() == null ? new io.fabric8.kubernetes.api.model.PodSpec() : template.getSpec();
    }

    /** Init containers first, then the others, each with its path. */
    List<PodContainer> containers() {
      var spec = spec();
      var all = new ArrayList<PodContainer>();
      if (spec.getInitContainers() != null) {
        spec.getInitContainers().forEach(c -> all.add(new PodContainer(
            object.path().field("init container " + c.getName()), c, true)));
      }
      if (spec.getContainers() != null) {
        spec.getContainers().forEach(c -> all.add(
            new PodContainer(object.path().field("container " + c.getName()), c, false)));
      }
      return all;
    }

    /** How messages name the object: {@code Deployment 'site'}. */
    String describe() {
      return object.kind() + " '" + object.name() + "'";
    }
  }

  /**
   * The pods Services can select (static pods excluded), indexed by namespace and label, so that
   * finding what a selector matches costs a lookup rather than a scan of the cluster.
   */
  static final class PodIndex {
    private final Map<String, List<PodObject>> byLabel = new HashMap<>();

    PodIndex(List<PodObject> pods) {
      for (PodObject pod : pods) {
        if (pod.staticPod()) {
          continue;
        }
        for (Map.Entry<String, String> label : KubeObject.podLabels(pod.template()).entrySet()) {
          byLabel.computeIfAbsent(key(pod.object().namespace(), label), k -> new ArrayList<>()).add(pod);
        }
      }
    }

    /** The pods of {@code namespace} whose labels include all of {@code selector}; none for an empty selector. */
    List<PodObject> selected(String namespace, Map<String, String> selector) {
      var selected = new ArrayList<PodObject>();
      if (selector == null || selector.isEmpty()) {
        return selected;
      }
      var candidates = byLabel.getOrDefault(key(namespace, selector.entrySet().iterator().next()), List.of());
      for (PodObject pod : candidates) {
        if (KubeObject.podLabels(pod.template()).entrySet().containsAll(selector.entrySet())) {
          selected.add(pod);
        }
      }
      return selected;
    }

    private static String key(String namespace, Map.Entry<String, String> label) {
      return namespace + '\0' + label.getKey() + '=' + label.getValue();
    }
  }

  /** Every object of the cluster that runs pods, then every static pod. */
  static List<PodObject> podObjects(Cluster cluster) {
    var list = new ArrayList<PodObject>();
    for (KubeObject object : cluster.objects()) {
      var template = object.podTemplate();
      if (template != null) {
        list.add(new PodObject(object, template, false));
      }
    }
    for (Namespace namespace : cluster.namespaces()) {
      for (KubeObject pod : namespace.staticPods()) {
        var template = pod.podTemplate();
        if (template != null) {
          list.add(new PodObject(pod, template, true));
        }
      }
    }
    return list;
  }

  /** The container's declared ports as {@code name number} pairs for messages, or {@code none}. */
  static String declaredPorts(Container container) {
    if (container.getPorts() == null || container.getPorts().isEmpty()) {
      return "none";
    }
    var parts = new ArrayList<String>();
    container.getPorts().forEach(p -> parts.add(p.getName() == null
        ? String.valueOf(p.getContainerPort()) : p.getName() + " " + p.getContainerPort()));
    return String.join(", ", parts);
  }
}
