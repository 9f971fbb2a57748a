package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A Secret that exists in the namespace by other means (an operator, a chart, {@code kubectl}), such as
 * {@code ExternalSecret.named("registry-credentials")}, and optionally the keys it is known to hold. Declared with
 * {@code namespace.external(..)}, whose result gives typed references to it and its keys.
 *
 * @param name the Secret's name
 * @param keys the keys it is known to hold, sorted; empty when they are not listed, and then any key
 *     passes the {@code dangling-config-reference} check
 */
public record ExternalSecret(String name, SortedSet<String> keys) implements External {

  /** Checks the name and the keys; a value that breaks a rule throws {@link IllegalArgumentException}. */
  public ExternalSecret {
    Names.requireDns1123Subdomain("secret name", name);
    keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
    keys.forEach(key -> requireNonNull(key, "key"));
  }

  /** The Secret of that name, its keys not listed. */
  public static ExternalSecret named(String name) {
    return new ExternalSecret(name, new TreeSet<>());
  }

  /** Returns a copy that lists these keys too, so a reference to another key is reported. Appends. */
  public ExternalSecret keys(String... keys) {
    var all = new TreeSet<>(this.keys);
    all.addAll(List.of(keys));
    return new ExternalSecret(name, all);
  }

  /** Always {@code Secret}. */
  @Override
  public String kind() {
    return "Secret";
  }
}
