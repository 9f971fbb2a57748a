package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A typed reference to the pods of a workload declared in the definition, for network policies and pod
 * affinity; their selector is the workload's. Obtained from {@code workload.ref()}, such as
 * {@code app.ref()}.
 *
 * @param kind the workload's kind as the DSL names it, such as {@code app} or {@code daemonApp}
 * @param namespace the workload's namespace
 * @param name the workload's name
 * @param selector the labels that select the workload's pods: its own {@code selector(..)}, or
 *     {@value PodSettings#NAME_LABEL} set to its name
 */
public record WorkloadRef(String kind, String namespace, String name, SortedMap<String, String> selector) {

  public WorkloadRef {
    requireNonNull(kind, "kind");
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    selector = Collections.unmodifiableSortedMap(new TreeMap<>(selector));
  }

  /** A reference to a workload that keeps the derived selector, {@value PodSettings#NAME_LABEL} set to its name. */
  public WorkloadRef(String kind, String namespace, String name) {
    this(kind, namespace, name, new TreeMap<>(Map.of(PodSettings.NAME_LABEL, name)));
  }

  /** The selector of the workload's pods. */
  LabelSelector labelSelector() {
    var labelSelector = new LabelSelector();
    labelSelector.setMatchLabels(new TreeMap<>(selector));
    return labelSelector;
  }

  /** How the workload is named in messages: {@code app site}. */
  String describe() {
    return kind + " " + name;
  }
}
