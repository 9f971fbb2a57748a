package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a Role declared in the definition, for a RoleBinding of the same namespace to
 * grant. Obtained from {@code namespace.role("name").ref()}. (Not {@code RoleRef}: that is fabric8's
 * {@code roleRef} of a binding, which users meet in {@code customize(..)}.)
 *
 * @param namespace the Role's namespace
 * @param name the Role's name
 */
public record NamespaceRoleRef(String namespace, String name) {

  public NamespaceRoleRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }
}
