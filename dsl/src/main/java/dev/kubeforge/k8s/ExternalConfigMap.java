package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A ConfigMap that exists in the namespace by other means (an operator, a chart, {@code kubectl}), such as
 * {@code ExternalConfigMap.named("kube-root-ca.crt")}, and optionally the keys it is known to hold. Declared with
 * {@code namespace.external(..)}, whose result gives typed references to it and its keys.
 *
 * @param name the ConfigMap's name
 * @param keys the keys it is known to hold, sorted; empty when they are not listed, and then any key
 *     passes the {@code dangling-config-reference} check
 */
public record ExternalConfigMap(String name, SortedSet<String> keys) implements External {

  /** Checks the name and the keys; a value that breaks a rule throws {@link IllegalArgumentException}. */
  public ExternalConfigMap {
    Names.requireDns1123Subdomain("config map name", name);
    keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
    keys.forEach(key -> requireNonNull(key, "key"));
  }

  /** The ConfigMap of that name, its keys not listed. */
  public static ExternalConfigMap named(String name) {
    return new ExternalConfigMap(name, new TreeSet<>());
  }

  /** Returns a copy that lists these keys too, so a reference to another key is reported. Appends. */
  public ExternalConfigMap keys(String... keys) {
    var all = new TreeSet<>(this.keys);
    all.addAll(List.of(keys));
    return new ExternalConfigMap(name, all);
  }

  /** Always {@code ConfigMap}. */
  @Override
  public String kind() {
    return "ConfigMap";
  }
}
