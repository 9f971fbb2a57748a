package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.Map;
import java.util.TreeMap;

/**
 * A typed reference to the pods of a workload declared in the definition, for network policies and pod
 * affinity; their selector is derived from it. Obtained from {@code workload.ref()}, such as
 * {@code app.ref()}.
 *
 * @param kind the workload's kind as the DSL names it, such as {@code app} or {@code daemonApp}
 * @param namespace the workload's namespace
 * @param name the workload's name, which its pods carry as {@value PodSettings#NAME_LABEL}
 */
public record WorkloadRef(String kind, String namespace, String name) {

  public WorkloadRef {
    requireNonNull(kind, "kind");
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }

  /** The selector of the workload's pods: {@value PodSettings#NAME_LABEL} is the workload's name. */
  LabelSelector labelSelector() {
    var selector = new LabelSelector();
    selector.setMatchLabels(new TreeMap<>(Map.of(PodSettings.NAME_LABEL, name)));
    return selector;
  }

  /** How the workload is named in messages: {@code app site}. */
  String describe() {
    return kind + " " + name;
  }
}
