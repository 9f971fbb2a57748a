package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
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
  public static final class Builder extends ObjectSettings<Builder, RoleBuilder> {

    private final List<Rule> rules = new ArrayList<>();

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

    /** Adds a permission ({@code rules[]}); rules add up. Non-resource URLs belong to ClusterRoles. */
    public Builder rule(Rule rule) {
      scope().ensureMutable();
      requireNonNull(rule, "rule").requireComplete(false);
      rules.add(rule);
      return this;
    }

    List<KubeObject> expand() {
      var role = new io.fabric8.kubernetes.api.model.rbac.Role();
      role.setMetadata(metadata());
      role.setRules(expandRules(rules));
      return List.of(object(role, RoleBuilder::new, RoleBuilder::build));
    }
  }

  static List<PolicyRule> expandRules(List<Rule> rules) {
    var list = new ArrayList<PolicyRule>(rules.size());
    rules.forEach(rule -> list.add(rule.expand()));
    return list;
  }
}
