package dev.kubeforge.cluster;

import dev.kubeforge.core.Allowance;
import dev.kubeforge.core.Names;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.k8s.Taint;
import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A machine of the cluster: its name, address, role, the host profile it is set up with, and what it
 * registers with (labels, taints). Add nodes with {@code cluster.controlPlane(..)} and
 * {@code cluster.workers(..)}, which set the role.
 *
 * <pre>{@code
 * Node.named("ded-prd-01").address("10.1.0.5").profile(worker).memory(Size.gib(64))
 *     .label("workload", "compute");
 * }</pre>
 *
 * @param name the node's name: its host name and its Kubernetes node name, a DNS-1123 subdomain
 * @param address the node's IP address, or {@code null} when not known (the kubelet then picks one)
 * @param role its role; {@link NodeRole#WORKER} until the cluster places it
 * @param profile the host profile it is set up with, or {@code null}
 * @param labels node labels, sorted
 * @param taints node taints, in order
 * @param memory the node's physical memory, or {@code null} when not declared; the
 *     {@code memory-above-node} check compares memory limits with it
 * @param allowances check id to reason, for problems accepted on this node, sorted
 */
public record Node(
    String name,
    IpAddress address,
    NodeRole role,
    HostProfile profile,
    SortedMap<String, String> labels,
    List<Taint> taints,
    Size memory,
    SortedMap<String, String> allowances) {

  public Node {
    Names.requireDns1123Subdomain("node name", name);
    requireNonNull(role, "role");
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    taints = List.copyOf(taints);
    allowances = Collections.unmodifiableSortedMap(new TreeMap<>(allowances));
  }

  /** A worker node named {@code name} (a DNS-1123 subdomain, such as {@code azure-prd-02}), with nothing else set. */
  public static Node named(String name) {
    return new Node(name, null, NodeRole.WORKER, null, new TreeMap<>(), List.of(), null, new TreeMap<>());
  }

  /**
   * Returns a copy with the IP address set: the kubelet's {@code node-ip}, the control plane's advertise
   * address and a SAN of its certificate. Not set by default. Replaces.
   */
  public Node address(IpAddress address) {
    requireNonNull(address, "address");
    return new Node(name, address, role, profile, labels, taints, memory, allowances);
  }

  /** {@link #address(IpAddress)} with an IPv4 or IPv6 literal, such as {@code 10.1.0.1}. */
  public Node address(String address) {
    requireNonNull(address, "address");
    if (!IpAddress.isValid(address)) {
      throw new IllegalArgumentException("node " + name + ": not an IP address: '" + address + "'");
    }
    return address(IpAddress.parse(address));
  }

  /**
   * Returns a copy with the role set. {@code cluster.controlPlane(..)} and {@code cluster.workers(..)}
   * set it, replacing whatever was set before.
   */
  public Node role(NodeRole role) {
    return new Node(name, address, role, profile, labels, taints, memory, allowances);
  }

  /** Returns a copy set up with the host profile. Not set by default. Replaces. */
  public Node profile(HostProfile profile) {
    requireNonNull(profile, "profile");
    return new Node(name, address, role, profile, labels, taints, memory, allowances);
  }

  /** Returns a copy with a node label set, such as {@code workload=compute}. Replaces that key. */
  public Node label(String key, String value) {
    var all = new TreeMap<>(labels);
    all.put(Names.requireQualifiedName("label key", key), Names.requireQualifiedValue("label value", value));
    return new Node(name, address, role, profile, all, taints, memory, allowances);
  }

  /** Returns a copy with a taint added. */
  public Node taint(Taint taint) {
    requireNonNull(taint, "taint");
    var all = new ArrayList<>(taints);
    all.add(taint);
    return new Node(name, address, role, profile, labels, all, memory, allowances);
  }

  /** Returns a copy with the node's physical memory declared. Not set by default. Replaces. */
  public Node memory(Size memory) {
    requireNonNull(memory, "memory");
    return new Node(name, address, role, profile, labels, taints, memory, allowances);
  }

  /** Accepts the problems of check {@code checkId} on this node, for a reason a reviewer can judge. Replaces. */
  public Node allow(String checkId, String reason) {
    Allowance.requireReason(checkId, reason);
    var all = new TreeMap<>(allowances);
    all.put(checkId, reason);
    return new Node(name, address, role, profile, labels, taints, memory, all);
  }

  /** Whether the node runs the control plane. */
  public boolean isControlPlane() {
    return role == NodeRole.CONTROL_PLANE;
  }
}
