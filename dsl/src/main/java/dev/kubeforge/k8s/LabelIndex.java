package dev.kubeforge.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Things with labels (pods, workloads), indexed by namespace and label, so that finding what a label
 * selector matches is a lookup, not a scan of the cluster: a thousand Services over a thousand apps are a
 * thousand lookups, not a million comparisons.
 *
 * @param <T> what is indexed
 */
public final class LabelIndex<T> {

  private final Map<String, List<Entry<T>>> byLabel = new HashMap<>();

  /** Adds {@code item}, which carries {@code labels} in {@code namespace}. */
  public void add(String namespace, Map<String, String> labels, T item) {
    var entry = new Entry<>(labels, item);
    for (Map.Entry<String, String> label : labels.entrySet()) {
      byLabel.computeIfAbsent(key(namespace, label), k -> new ArrayList<>()).add(entry);
    }
  }

  /**
   * The items of {@code namespace} whose labels include every entry of {@code selector}, in the order
   * they were added; none for a null or empty selector (which selects nothing, as a Service's does).
   */
  public List<T> selected(String namespace, Map<String, String> selector) {
    var selected = new ArrayList<T>();
    if (selector == null || selector.isEmpty()) {
      return selected;
    }
    for (Entry<T> candidate : byLabel.getOrDefault(key(namespace, selector.entrySet().iterator().next()), List.of())) {
      if (candidate.labels.entrySet().containsAll(selector.entrySet())) {
        selected.add(candidate.item);
      }
    }
    return selected;
  }

  private static String key(String namespace, Map.Entry<String, String> label) {
    return namespace + '\0' + label.getKey() + '=' + label.getValue();
  }

  private record Entry<T>(Map<String, String> labels, T item) {}
}
