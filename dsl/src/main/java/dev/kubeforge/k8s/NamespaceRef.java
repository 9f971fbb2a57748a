package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a namespace declared in the definition, such as the peer of a network policy
 * rule. Obtained from {@code cluster.namespace("name").ref()}.
 *
 * @param name the namespace's name
 */
public record NamespaceRef(String name) {

  public NamespaceRef {
    requireNonNull(name, "name");
  }
}
