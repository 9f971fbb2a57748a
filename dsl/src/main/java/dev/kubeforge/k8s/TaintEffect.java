package dev.kubeforge.k8s;

/** What a node's taint does to pods that do not tolerate it. Maps to {@code effect} of taints and tolerations. */
public enum TaintEffect {
  /** New pods are not scheduled onto the node. */
  NO_SCHEDULE("NoSchedule"),
  /** The scheduler avoids the node, but may still use it. */
  PREFER_NO_SCHEDULE("PreferNoSchedule"),
  /** New pods are not scheduled, and running ones are evicted. */
  NO_EXECUTE("NoExecute");

  private final String value;

  TaintEffect(String value) {
    this.value = value;
  }

  /** The value Kubernetes writes, such as {@code NoSchedule}. */
  public String value() {
    return value;
  }

  /** Whether a pod that does not tolerate a taint with this effect can never be scheduled onto the node. */
  public boolean blocksScheduling() {
    return this != PREFER_NO_SCHEDULE;
  }

  /** The effect Kubernetes writes as {@code value}; throws for an unknown one. */
  public static TaintEffect of(String value) {
    for (TaintEffect effect : values()) {
      if (effect.value.equals(value)) {
        return effect;
      }
    }
    throw new IllegalArgumentException("not a taint effect: '" + value + "' (NoSchedule, PreferNoSchedule, NoExecute)");
  }
}
