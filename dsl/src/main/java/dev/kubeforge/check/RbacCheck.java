package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for RBAC that grants more than it names: a Role or ClusterRole rule with {@code *} among its
 * verbs or resources ({@code rbac-wildcard}: it grants what later API versions add too), and a binding
 * to {@code cluster-admin} ({@code cluster-admin-binding}: every right on every object of the cluster).
 */
final class RbacCheck implements Check {

  static final String ID = "rbac-wildcard";
  static final String CLUSTER_ADMIN = "cluster-admin-binding";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      var resource = object.readOnlyResource();
      List<PolicyRule> rules = resource instanceof ClusterRole role ? role.getRules()
          : resource instanceof Role role ? role.getRules() : null;
      if (rules != null) {
        for (int i = 0; i < rules.size(); i++) {
          var rule = rules.get(i);
          var wild = new ArrayList<String>();
          if (rule.getVerbs() != null && rule.getVerbs().contains("*")) {
            wild.add("verbs");
          }
          if (rule.getResources() != null && rule.getResources().contains("*")) {
            wild.add("resources");
          }
          if (!wild.isEmpty()) {
            problems.add(Problem.warning(ID, object.path().field("rule " + i), object.kind() + " '" + object.name()
                    + "' grants '*' in its " + String.join(" and ", wild) + ": it grants every one, including those"
                    + " later releases add")
                .hint("name the verbs and resources, such as Rule.allow(Verb.GET, Verb.LIST).on(Rule.CORE, \"pods\"), or"
                    + " allow(\"" + ID + "\", reason)"));
          }
        }
      }
      RoleRef ref = resource instanceof ClusterRoleBinding binding ? binding.getRoleRef()
          : resource instanceof RoleBinding binding ? binding.getRoleRef() : null;
      if (ref != null && "ClusterRole".equals(ref.getKind()) && "cluster-admin".equals(ref.getName())) {
        problems.add(Problem.warning(CLUSTER_ADMIN, object.path(), object.kind() + " '" + object.name()
                + "' binds cluster-admin: its subjects may do anything to every object"
                + (resource instanceof RoleBinding ? " of namespace " + object.namespace() : " of the cluster"))
            .hint("bind a role with only the rules the subjects need, or allow(\"" + CLUSTER_ADMIN + "\", reason)"));
      }
    }
    return problems;
  }
}
