package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import java.util.List;

/**
 * Grants a Role, or a ClusterRole limited to one namespace, to subjects within that namespace. Created
 * with {@code namespace.roleBinding("name", role.ref())}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/">RBAC</a>
 */
public final class RoleBinding {

  private RoleBinding() {}

  /** Builds a RoleBinding; obtained from {@code namespace.roleBinding(..)}. */
  public static final class Builder extends BindingSettings<Builder, RoleBindingBuilder> {

    Builder(Scope parent, String namespace, String name, String roleKind, String roleName) {
      super(parent, "roleBinding", namespace, name, roleKind, roleName);
    }

    @Override
    Builder self() {
      return this;
    }

    List<KubeObject> expand() {
      var binding = new io.fabric8.kubernetes.api.model.rbac.RoleBinding();
      binding.setMetadata(metadata());
      binding.setRoleRef(roleRef());
      binding.setSubjects(subjects());
      return List.of(object(binding, RoleBindingBuilder::new, RoleBindingBuilder::build));
    }
  }
}
