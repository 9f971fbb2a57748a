package dev.kubeforge.host;

/** What a taint does to pods that do not tolerate it. */
public enum TaintEffect {
  /** {@code NoSchedule}: new pods are not scheduled on the node. */
  NO_SCHEDULE("NoSchedule"),
  /** {@code PreferNoSchedule}: the scheduler avoids the node. */
  PREFER_NO_SCHEDULE("PreferNoSchedule"),
  /** {@code NoExecute}: running pods are evicted too. */
  NO_EXECUTE("NoExecute");

  private final String value;

  TaintEffect(String value) {
    this.value = value;
  }

  /** The name in the Kubernetes API, such as {@code NoSchedule}. */
  public String value() {
    return value;
  }
}
