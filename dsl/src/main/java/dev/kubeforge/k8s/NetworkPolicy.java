package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Which traffic the selected pods accept or send. Once a policy selects a pod for a direction, only
 * what some policy allows passes in that direction. Created with {@code namespace.networkPolicy("name")}.
 *
 * <pre>{@code
 * data.networkPolicy("mysql-from-web")
 *     .appliesTo(mysql.ref())
 *     .allowIngressFrom(NetworkPeer.podsOf(web.ref()), PortRef.named("mysql"));
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/concepts/services-networking/network-policies/">Network policies</a>
 */
public final class NetworkPolicy {

  private NetworkPolicy() {}

  /** Builds a NetworkPolicy; obtained from {@code namespace.networkPolicy("name")}. */
  public static final class Builder extends ObjectSettings<Builder, NetworkPolicyBuilder> {

    private WorkloadRef target;
    private boolean ingress;
    private boolean egress;
    private final List<Allowed> ingressRules = new ArrayList<>();
    private final List<Allowed> egressRules = new ArrayList<>();

    Builder(Scope parent, String namespace, String name) {
      super(parent, "networkPolicy", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Applies the policy to a workload's pods ({@code podSelector}, derived), which must run in the
     * policy's namespace. Defaults to every pod of the namespace. Replaces any previous value.
     */
    public Builder appliesTo(WorkloadRef workload) {
      scope().ensureMutable();
      requireNonNull(workload, "workload");
      if (!workload.namespace().equals(namespace())) {
        throw new IllegalArgumentException("network policy " + name() + " in namespace " + namespace()
            + " cannot select " + workload.describe() + " of namespace " + workload.namespace());
      }
      this.target = workload;
      return this;
    }

    /** Isolates the selected pods for incoming traffic ({@code policyTypes: [Ingress]}), allowing only what rules allow. */
    public Builder denyIngress() {
      scope().ensureMutable();
      this.ingress = true;
      return this;
    }

    /** Isolates the selected pods for outgoing traffic ({@code policyTypes: [Egress]}), allowing only what rules allow. */
    public Builder denyEgress() {
      scope().ensureMutable();
      this.egress = true;
      return this;
    }

    /**
     * Allows TCP traffic from {@code peer} to the given ports of the selected pods, or to every port when
     * none is given ({@code ingress[]}). Isolates the pods for ingress.
     */
    public Builder allowIngressFrom(NetworkPeer peer, PortRef... ports) {
      return allowIngressFrom(peer, Protocol.TCP, ports);
    }

    /** Allows traffic of {@code protocol} from {@code peer}; see {@link #allowIngressFrom(NetworkPeer, PortRef...)}. */
    public Builder allowIngressFrom(NetworkPeer peer, Protocol protocol, PortRef... ports) {
      denyIngress();
      ingressRules.add(new Allowed(requireNonNull(peer, "peer"), requireNonNull(protocol, "protocol"), List.of(ports)));
      return this;
    }

    /**
     * Allows TCP traffic from the selected pods to the given ports of {@code peer}, or to every port when
     * none is given ({@code egress[]}). Isolates the pods for egress.
     */
    public Builder allowEgressTo(NetworkPeer peer, PortRef... ports) {
      return allowEgressTo(peer, Protocol.TCP, ports);
    }

    /**
     * Allows traffic of {@code protocol} to {@code peer}, such as DNS:
     * {@code allowEgressTo(NetworkPeer.allNamespaces(), Protocol.UDP, PortRef.number(53))}.
     */
    public Builder allowEgressTo(NetworkPeer peer, Protocol protocol, PortRef... ports) {
      denyEgress();
      egressRules.add(new Allowed(requireNonNull(peer, "peer"), requireNonNull(protocol, "protocol"), List.of(ports)));
      return this;
    }

    List<KubeObject> expand() {
      var spec = new NetworkPolicySpec();
      spec.setPodSelector(target == null ? new LabelSelector() : target.labelSelector());
      var types = new ArrayList<String>(2);
      if (ingress) {
        types.add("Ingress");
      }
      if (egress) {
        types.add("Egress");
      }
      if (types.isEmpty()) {
        types.add("Ingress"); // what Kubernetes assumes for a policy without rules
      }
      spec.setPolicyTypes(types);
      var ingressList = new ArrayList<NetworkPolicyIngressRule>(ingressRules.size());
      for (Allowed allowed : ingressRules) {
        var rule = new NetworkPolicyIngressRule();
        rule.setFrom(new ArrayList<>(List.of(allowed.peer.expand(namespace()))));
        rule.setPorts(allowed.ports());
        ingressList.add(rule);
      }
      spec.setIngress(ingressList);
      var egressList = new ArrayList<NetworkPolicyEgressRule>(egressRules.size());
      for (Allowed allowed : egressRules) {
        var rule = new NetworkPolicyEgressRule();
        rule.setTo(new ArrayList<>(List.of(allowed.peer.expand(namespace()))));
        rule.setPorts(allowed.ports());
        egressList.add(rule);
      }
      spec.setEgress(egressList);
      var policy = new io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy();
      policy.setMetadata(metadata());
      policy.setSpec(spec);
      return List.of(object(policy, NetworkPolicyBuilder::new, NetworkPolicyBuilder::build));
    }

    private record Allowed(NetworkPeer peer, Protocol protocol, List<PortRef> portRefs) {
      List<NetworkPolicyPort> ports() {
        var list = new ArrayList<NetworkPolicyPort>(portRefs.size());
        for (PortRef ref : portRefs) {
          var port = new NetworkPolicyPort();
          port.setPort(ref.intOrString());
          port.setProtocol(protocol.name());
          list.add(port);
        }
        return list;
      }
    }
  }
}
