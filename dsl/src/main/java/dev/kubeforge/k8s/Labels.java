package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of Kubernetes labels, sorted by key: a workload's own pod selector
 * ({@code .selector(Labels.of("app", "redis", "tier", "backend"))}), which its pods and objects carry and
 * its Service, disruption budget, network policies and pod affinity select by.
 *
 * @param entries the labels, sorted by key; at least one
 */
public record Labels(SortedMap<String, String> entries) {

  /** Checks every key and value; a label that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Labels {
    requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a selector needs at least one label");
    }
    entries.forEach((key, value) -> Names.requireLabelValue(Names.requireLabelKey(key), value));
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /**
   * The labels given as key, value pairs: {@code Labels.of("app", "frontend", "tier", "web")}. Throws
   * {@link IllegalArgumentException} on an odd count, a key given twice or a label Kubernetes refuses.
   */
  public static Labels of(String... keysAndValues) {
    if (keysAndValues.length == 0 || keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Labels.of takes key, value pairs, at least one; got "
          + keysAndValues.length + " strings");
    }
    var entries = new TreeMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      var key = requireNonNull(keysAndValues[i], "key");
      if (entries.put(key, requireNonNull(keysAndValues[i + 1], key)) != null) {
        throw new IllegalArgumentException("label '" + key + "' is given twice");
      }
    }
    return new Labels(entries);
  }
}
