package dev.kubeforge.k8s;

/**
 * How a pod's DNS is set up ({@code spec.dnsPolicy}).
 *
 * @see <a href="https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy">Pod's DNS policy</a>
 */
public enum DnsPolicy {
  /** {@code ClusterFirst}: the cluster DNS, then the node's upstream servers; the Kubernetes default. */
  CLUSTER_FIRST("ClusterFirst"),
  /** {@code ClusterFirstWithHostNet}: the cluster DNS for a pod in the node's network namespace. */
  CLUSTER_FIRST_WITH_HOST_NET("ClusterFirstWithHostNet"),
  /** {@code Default}: the node's own resolver configuration. */
  NODE("Default"),
  /** {@code None}: only what {@link DnsConfig} gives. */
  NONE("None");

  private final String value;

  DnsPolicy(String value) {
    this.value = value;
  }

  /** The value written to {@code spec.dnsPolicy}. */
  public String value() {
    return value;
  }
}
