package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The other end of a {@link NetworkPolicy} rule: a workload's pods, every pod of a namespace, every pod
 * of the cluster, or an address range. Maps to an entry of {@code from[]} or {@code to[]}.
 */
public final class NetworkPeer {

  /** The label Kubernetes puts on every namespace with its name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

  private final WorkloadRef workload;
  private final String namespace;
  private final boolean allNamespaces;
  private final String cidr;
  private final List<String> except;

  private NetworkPeer(WorkloadRef workload, String namespace, boolean allNamespaces, String cidr,
      List<String> except) {
    this.workload = workload;
    this.namespace = namespace;
    this.allNamespaces = allNamespaces;
    this.cidr = cidr;
    this.except = except;
  }

  /**
   * The pods of a workload ({@code app.ref()}), in whichever namespace it runs; the selectors are
   * derived from it.
   */
  public static NetworkPeer podsOf(WorkloadRef workload) {
    requireNonNull(workload, "workload");
    return new NetworkPeer(workload, workload.namespace(), false, null, List.of());
  }

  /** Every pod of a namespace ({@code namespace.ref()}). */
  public static NetworkPeer namespace(NamespaceRef namespace) {
    requireNonNull(namespace, "namespace");
    return new NetworkPeer(null, namespace.name(), false, null, List.of());
  }

  /** Every pod of every namespace of the cluster. */
  public static NetworkPeer allNamespaces() {
    return new NetworkPeer(null, null, true, null, List.of());
  }

  /**
   * An address range, such as {@code 10.0.0.0/8}, except some sub-ranges ({@code ipBlock}). Pod
   * addresses are not stable, so use it for what lies outside the cluster.
   */
  public static NetworkPeer cidr(String cidr, String... except) {
    requireCidr(cidr);
    for (String range : except) {
      requireCidr(range);
    }
    return new NetworkPeer(null, null, false, cidr, List.of(except));
  }

  NetworkPolicyPeer expand(String policyNamespace) {
    var peer = new NetworkPolicyPeer();
    if (cidr != null) {
      var block = new IPBlock();
      block.setCidr(cidr);
      block.setExcept(new ArrayList<>(except));
      peer.setIpBlock(block);
      return peer;
    }
    if (workload != null) {
      peer.setPodSelector(workload.labelSelector());
    }
    if (allNamespaces) {
      peer.setNamespaceSelector(new LabelSelector());
    } else if (workload == null || !namespace.equals(policyNamespace)) {
      var selector = new LabelSelector();
      selector.setMatchLabels(new TreeMap<>(Map.of(NAMESPACE_NAME_LABEL, namespace)));
      peer.setNamespaceSelector(selector);
    }
    return peer;
  }

  private static void requireCidr(String cidr) {
    requireNonNull(cidr, "cidr");
    if (!CIDR.matcher(cidr).matches()) {
      throw new IllegalArgumentException("not a CIDR address range: '" + cidr + "' (such as 10.0.0.0/8)");
    }
  }
}
