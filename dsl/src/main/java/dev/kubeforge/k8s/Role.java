package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.List;

/**
 * A set of permissions within one namespace, granted by a RoleBinding. Created with
 * {@code namespace.role("name")}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/">RBAC</a>
 */
public final class Role {

  private Role() {}

  /** Builds a Role; obtained from {@code namespace.role("name")}. */
  public static final class Builder extends RuleSettings<Builder, RoleBuilder> {

    Builder(Scope parent, String namespace, String name) {
      super(parent, "role", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /** A typed reference to the Role, for {@code namespace.roleBinding(..)} of its namespace. */
    public NamespaceRoleRef ref() {
      return new NamespaceRoleRef(namespace(), name());
    }

    List<KubeObject> expand() {
      var role = new io.fabric8.kubernetes.api.model.rbac.Role();
      role.setMetadata(metadata());
      role.setRules(policyRules());
      return List.of(object(role, RoleBuilder::new, RoleBuilder::build));
    }
  }
}
