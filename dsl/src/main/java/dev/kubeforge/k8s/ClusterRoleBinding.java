package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import java.util.List;

/**
 * Grants a ClusterRole to subjects across the whole cluster, such as {@code cluster-admin} to the
 * dashboard's {@code admin-user}. Created with {@code cluster.clusterRoleBinding("name", clusterRole.ref())}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/">RBAC</a>
 */
public final class ClusterRoleBinding {

  private ClusterRoleBinding() {}

  /** Builds a ClusterRoleBinding; obtained from {@code cluster.clusterRoleBinding(..)}. */
  public static final class Builder extends BindingSettings<Builder, ClusterRoleBindingBuilder> {

    Builder(Scope parent, String name, ClusterRoleRef role) {
      super(parent, "clusterRoleBinding", null, name, "ClusterRole", role.clusterRoleName());
    }

    @Override
    Builder self() {
      return this;
    }

    List<KubeObject> expand() {
      var binding = new io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding();
      binding.setMetadata(metadata());
      binding.setRoleRef(roleRef());
      binding.setSubjects(subjects());
      return List.of(object(binding, ClusterRoleBindingBuilder::new, ClusterRoleBindingBuilder::build));
    }
  }
}
