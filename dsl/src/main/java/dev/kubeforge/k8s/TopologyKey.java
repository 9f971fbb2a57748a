package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;

/**
 * The node label whose value groups nodes into a domain for pod affinity and anti-affinity: pods are
 * kept together in, or spread over, the domains. Maps to {@code topologyKey}.
 *
 * @param label the node label key
 */
public record TopologyKey(String label) {

  /** Each node is its own domain ({@code kubernetes.io/hostname}). */
  public static final TopologyKey HOSTNAME = new TopologyKey("kubernetes.io/hostname");
  /** Each zone is a domain ({@code topology.kubernetes.io/zone}). */
  public static final TopologyKey ZONE = new TopologyKey("topology.kubernetes.io/zone");
  /** Each region is a domain ({@code topology.kubernetes.io/region}). */
  public static final TopologyKey REGION = new TopologyKey("topology.kubernetes.io/region");

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public TopologyKey {
    Names.requireLabelKey(label);
  }

  /** A domain made of the nodes that share a value of {@code label}. */
  public static TopologyKey of(String label) {
    return new TopologyKey(label);
  }
}
