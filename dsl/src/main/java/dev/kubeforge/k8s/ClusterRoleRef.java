package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A ClusterRole a binding can grant: one declared with {@code cluster.clusterRole(..)}, or one of the
 * roles every cluster has, such as {@link #CLUSTER_ADMIN}.
 */
public sealed interface ClusterRoleRef permits ClusterRoleRef.Declared, ClusterRoleRef.BuiltIn {

  /** Every permission on everything ({@code cluster-admin}). */
  ClusterRoleRef CLUSTER_ADMIN = BuiltIn.CLUSTER_ADMIN;
  /** Read and write most objects of a namespace, including roles, when bound in it ({@code admin}). */
  ClusterRoleRef ADMIN = BuiltIn.ADMIN;
  /** Read and write most objects of a namespace, not roles ({@code edit}). */
  ClusterRoleRef EDIT = BuiltIn.EDIT;
  /** Read most objects, not Secrets ({@code view}). */
  ClusterRoleRef VIEW = BuiltIn.VIEW;

  /** The ClusterRole's name, as {@code roleRef.name}. */
  String clusterRoleName();

  /**
   * A ClusterRole declared in the definition. Obtained from {@code clusterRole.ref()}.
   *
   * @param clusterRoleName the ClusterRole's name
   */
  record Declared(String clusterRoleName) implements ClusterRoleRef {

    public Declared {
      requireNonNull(clusterRoleName, "clusterRoleName");
    }
  }

  /** The user-facing ClusterRoles that Kubernetes creates in every cluster. */
  enum BuiltIn implements ClusterRoleRef {
    /** {@code cluster-admin}. */
    CLUSTER_ADMIN("cluster-admin"),
    /** {@code admin}. */
    ADMIN("admin"),
    /** {@code edit}. */
    EDIT("edit"),
    /** {@code view}. */
    VIEW("view");

    private final String roleName;

    BuiltIn(String roleName) {
      this.roleName = roleName;
    }

    @Override
    public String clusterRoleName() {
      return roleName;
    }
  }
}
