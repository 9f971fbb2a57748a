package dev.kubeforge.cluster;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Allowance;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.Names;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.k8s.Taint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A machine of the cluster: its name, address, role, the host profile it is set up with, and what it
 * registers with (labels, taints). Add nodes with {@code cluster.controlPlane(..)} and
 * {@code cluster.workers(..)}, which set the role.
 *
 * <pre>{@code
 * Node.named("ded-prd-01", n -> n.address("10.1.0.5").profile(worker).memory(Size.gib(64))
 *     .label("workload", "compute"));
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

  /**
   * The worker node named {@code name} (a DNS-1123 subdomain, such as {@code azure-prd-02}), complete with
   * what {@code settings} sets on its builder: {@code Node.named("ded-prd-01", n -> n.profile(worker))}.
   * A node has no option methods, so no changed copy can be dropped by mistake; the builder works only
   * while {@code settings} runs. {@code cluster.controlPlane(..)} and {@code cluster.workers(..)} set the
   * role.
   */
  public static Node named(String name, Consumer<Builder> settings) {
    requireNonNull(settings, "settings");
    var builder = new Builder(name);
    settings.accept(builder);
    return builder.build();
  }

  /** A copy in {@code role}; {@code cluster.controlPlane(..)} and {@code cluster.workers(..)} place nodes with it. */
  Node placed(NodeRole role) {
    return new Node(name, address, role, profile, labels, taints, memory, allowances);
  }

  /** Whether the node runs the control plane. */
  public boolean isControlPlane() {
    return role == NodeRole.CONTROL_PLANE;
  }

  /**
   * The settings of one node, inside {@code Node.named(name, n -> ...)}. Each method changes this builder
   * and returns it; once {@code named(..)} returns, every method throws {@link IllegalStateException}.
   */
  public static final class Builder {
    private final String name;
    private IpAddress address;
    private HostProfile profile;
    private final SortedMap<String, String> labels = new TreeMap<>();
    private final List<Taint> taints = new ArrayList<>();
    private Size memory;
    private final SortedMap<String, String> allowances = new TreeMap<>();
    private boolean built;

    private Builder(String name) {
      this.name = Names.requireDns1123Subdomain("node name", name);
    }

    /**
     * Sets the node's IP address: the kubelet's {@code node-ip}, the control plane's advertise address and
     * a SAN of its certificate. Not set by default. Replaces.
     */
    public Builder address(IpAddress address) {
      ensureOpen();
      this.address = requireNonNull(address, "address");
      return this;
    }

    /** {@link #address(IpAddress)} with an IPv4 or IPv6 literal, such as {@code 10.1.0.1}. */
    public Builder address(String address) {
      ensureOpen();
      requireNonNull(address, "address");
      if (!IpAddress.isValid(address)) {
        throw new IllegalArgumentException("node " + name + ": not an IP address: '" + address + "'");
      }
      return address(IpAddress.parse(address));
    }

    /** Sets the host profile the node is set up with. Not set by default. Replaces. */
    public Builder profile(HostProfile profile) {
      ensureOpen();
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** Sets a node label, such as {@code workload=compute}. Replaces that key. */
    public Builder label(String key, String value) {
      ensureOpen();
      labels.put(Names.requireQualifiedName("label key", key), Names.requireQualifiedValue("label value", value));
      return this;
    }

    /** Adds a taint. */
    public Builder taint(Taint taint) {
      ensureOpen();
      taints.add(requireNonNull(taint, "taint"));
      return this;
    }

    /** Declares the node's physical memory. Not set by default. Replaces. */
    public Builder memory(Size memory) {
      ensureOpen();
      this.memory = requireNonNull(memory, "memory");
      return this;
    }

    /** Accepts the problems of check {@code checkId} on this node, for a reason a reviewer can judge. Replaces. */
    public Builder allow(String checkId, String reason) {
      ensureOpen();
      Allowance.requireReason(checkId, reason);
      allowances.put(checkId, reason);
      return this;
    }

    private void ensureOpen() {
      if (built) {
        throw new IllegalStateException("node " + name + " is already built: set it inside Node.named(\""
            + name + "\", n -> ...)");
      }
    }

    private Node build() {
      ensureOpen();
      built = true;
      return new Node(name, address, NodeRole.WORKER, profile, labels, taints, memory, allowances);
    }
  }
}
