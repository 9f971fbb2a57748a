package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.LabelIndex;
import dev.kubeforge.k8s.Namespace;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
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
    private final LabelIndex<PodObject> index = new LabelIndex<>();

    PodIndex(List<PodObject> pods) {
      for (PodObject pod : pods) {
        if (!pod.staticPod()) {
          index.add(pod.object().namespace(), KubeObject.podLabels(pod.template()), pod);
        }
      }
    }

    /** The pods of {@code namespace} whose labels include all of {@code selector}; none for an empty selector. */
    List<PodObject> selected(String namespace, Map<String, String> selector) {
      return index.selected(namespace, selector);
    }
  }

  /** Every object of the cluster that runs pods, then every static pod. */
  static List<PodObject> podObjects(Cluster cluster) {
    var list = new ArrayList<PodObject>();
    for (KubeObject object : cluster.objects()) {
      var template = object.readOnlyPodTemplate();
      if (template != null) {
        list.add(new PodObject(object, template, false));
      }
    }
    for (Namespace namespace : cluster.namespaces()) {
      for (KubeObject pod : namespace.staticPods()) {
        var template = pod.readOnlyPodTemplate();
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
