package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import java.util.ArrayList;
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
  public static final class Builder extends ObjectSettings<Builder, ClusterRoleBuilder> {

    private final List<Rule> rules = new ArrayList<>();

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

    /** Adds a permission ({@code rules[]}); rules add up. */
    public Builder rule(Rule rule) {
      scope().ensureMutable();
      requireNonNull(rule, "rule").requireComplete(true);
      rules.add(rule);
      return this;
    }

    List<KubeObject> expand() {
      var role = new io.fabric8.kubernetes.api.model.rbac.ClusterRole();
      role.setMetadata(metadata());
      role.setRules(Role.expandRules(rules));
      return List.of(object(role, ClusterRoleBuilder::new, ClusterRoleBuilder::build));
    }
  }
}
