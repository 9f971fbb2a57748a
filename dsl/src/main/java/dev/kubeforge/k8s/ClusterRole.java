package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import java.util.List;

/**
 * A set of permissions across the cluster (or, bound by a RoleBinding, within one namespace). Created
 * with {@code cluster.clusterRole("name")}; bindings grant it through {@link Builder#ref()}.
 *
 * @see <a href="https://kubernetes.io/docs/reference/access-authn-authz/rbac/">RBAC</a>
 */
public final class ClusterRole {

  private ClusterRole() {}

  /** Builds a ClusterRole; obtained from {@code cluster.clusterRole("name")}. */
  public static final class Builder extends RuleSettings<Builder, ClusterRoleBuilder> {

    Builder(Scope parent, String name) {
      super(parent, "clusterRole", null, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /** A typed reference to the ClusterRole, for {@code clusterRoleBinding(..)} and {@code roleBinding(..)}. */
    public ClusterRoleRef ref() {
      return new ClusterRoleRef.Declared(name());
    }

    List<KubeObject> expand() {
      var role = new io.fabric8.kubernetes.api.model.rbac.ClusterRole();
      role.setMetadata(metadata());
      role.setRules(policyRules());
      return List.of(object(role, ClusterRoleBuilder::new, ClusterRoleBuilder::build));
    }
  }
}
