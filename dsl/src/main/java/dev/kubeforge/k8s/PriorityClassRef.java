package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A PriorityClass pods can run with: one declared with {@code cluster.priorityClass(..)}, or one of
 * the two every cluster has for critical system pods.
 */
public sealed interface PriorityClassRef permits PriorityClassRef.Declared, PriorityClassRef.BuiltIn {

  /** For add-ons the cluster cannot work without, such as DNS ({@code system-cluster-critical}). */
  PriorityClassRef SYSTEM_CLUSTER_CRITICAL = BuiltIn.SYSTEM_CLUSTER_CRITICAL;
  /** For pods a node cannot work without, such as its network agent ({@code system-node-critical}). */
  PriorityClassRef SYSTEM_NODE_CRITICAL = BuiltIn.SYSTEM_NODE_CRITICAL;

  /** The class's name, as {@code spec.priorityClassName}. */
  String priorityClassName();

  /**
   * A PriorityClass declared in the definition. Obtained from {@code priorityClass.ref()}.
   *
   * @param priorityClassName the class's name
   */
  record Declared(String priorityClassName) implements PriorityClassRef {

    public Declared {
      requireNonNull(priorityClassName, "priorityClassName");
    }
  }

  /** The PriorityClasses that Kubernetes creates in every cluster. */
  enum BuiltIn implements PriorityClassRef {
    /** {@code system-cluster-critical}. */
    SYSTEM_CLUSTER_CRITICAL("system-cluster-critical"),
    /** {@code system-node-critical}. */
    SYSTEM_NODE_CRITICAL("system-node-critical");

    private final String className;

    BuiltIn(String className) {
      this.className = className;
    }

    @Override
    public String priorityClassName() {
      return className;
    }
  }
}
