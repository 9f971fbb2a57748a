package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import java.util.List;

/**
 * The cluster-scoped constructs of a cluster: ClusterRoles, ClusterRoleBindings and PriorityClasses.
 * {@code Cluster.Builder} holds one and offers its methods as {@code cluster.clusterRole(..)} and so on;
 * definitions do not use it directly.
 */
public final class ClusterObjects {

  private final Scope scope;
  private final Constructs constructs;

  /** The cluster-scoped constructs of the cluster whose scope is {@code cluster}. */
  public ClusterObjects(Scope cluster) {
    this.scope = requireNonNull(cluster, "cluster");
    this.constructs = new Constructs(cluster);
  }

  /** The ClusterRole of that name. Calling it again returns the same one. */
  public ClusterRole.Builder clusterRole(String name) {
    return constructs.child("clusterRole", name, ClusterRole.Builder.class, () -> new ClusterRole.Builder(scope, name),
        ClusterRole.Builder::expand);
  }

  /**
   * The ClusterRoleBinding of that name, granting {@code role} across the cluster. Calling it again with
   * the same name and role returns the same one.
   */
  public ClusterRoleBinding.Builder clusterRoleBinding(String name, ClusterRoleRef role) {
    requireNonNull(role, "role");
    var binding = constructs.child("clusterRoleBinding", name, ClusterRoleBinding.Builder.class,
        () -> new ClusterRoleBinding.Builder(scope, name, role), ClusterRoleBinding.Builder::expand);
    if (!binding.binds("ClusterRole", role.clusterRoleName())) {
      throw new IllegalStateException("cluster role binding " + name + " already grants another role; a binding's"
          + " role cannot change");
    }
    return binding;
  }

  /**
   * The PriorityClass of that name with {@code value} (higher wins; at most 1,000,000,000). Calling it
   * again with the same name and value returns the same one.
   */
  public PriorityClass.Builder priorityClass(String name, int value) {
    var priorityClass = constructs.child("priorityClass", name, PriorityClass.Builder.class,
        () -> new PriorityClass.Builder(scope, name, value), PriorityClass.Builder::expand);
    if (priorityClass.value() != value) {
      throw new IllegalStateException("priority class " + name + " already has value " + priorityClass.value());
    }
    return priorityClass;
  }

  /** Expands every construct, in the order they were first named; called when the cluster is built. */
  public List<KubeObject> expand() {
    return constructs.expand();
  }
}
