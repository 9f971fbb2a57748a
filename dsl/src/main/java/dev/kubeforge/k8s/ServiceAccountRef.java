package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a ServiceAccount declared in the definition, for pods to run under and for
 * bindings to grant roles to. Obtained from {@code namespace.serviceAccount("name").ref()}.
 *
 * @param namespace the account's namespace
 * @param name the account's name
 */
public record ServiceAccountRef(String namespace, String name) {

  public ServiceAccountRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }
}
