package dev.kubeforge.kubeadm;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Cidr;
import dev.kubeforge.core.KubernetesVersion;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import dev.kubeforge.kubeadm.config.Arg;
import dev.kubeforge.kubeadm.config.ClusterConfiguration;
import dev.kubeforge.kubeadm.config.ConfigDocument;
import dev.kubeforge.kubeadm.config.DNS;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.config.KubeProxyConfiguration;
import dev.kubeforge.kubeadm.config.KubeletConfiguration;
import dev.kubeforge.kubeadm.config.Networking;
import dev.kubeforge.kubeadm.config.ResetConfiguration;
import dev.kubeforge.kubeadm.config.UpgradeConfiguration;
import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * How kubeadm brings the cluster up: the shared configuration documents and, for every node, its
 * {@code InitConfiguration} or {@code JoinConfiguration}. Derived from the nodes and the settings of
 * {@code cluster.kubeadm(k -> ...)} when the cluster is built, then customized, then frozen; checks and
 * renderers see these final documents.
 *
 * @param path where the settings were made: {@code cluster prod › kubeadm}
 * @param clusterConfiguration the cluster-wide settings, written into the first control-plane node's file
 * @param kubeletConfiguration the kubelet settings shared by every node
 * @param kubeProxyConfiguration kube-proxy's settings; empty when the cluster runs no kube-proxy
 * @param nodes every node's configuration, the {@code kubeadm init} node first
 * @param resetConfiguration what {@code kubeadm reset} reads, when the definition sets any
 * @param upgradeConfiguration what {@code kubeadm upgrade} reads, when the definition sets any
 * @param cni the pod network the first control-plane node applies, when the definition names one
 * @param podSubnet the ranges of the final {@code networking.podSubnet}, one per IP family; empty when unset
 * @param serviceSubnet the ranges of the final {@code networking.serviceSubnet}; empty when unset, which
 *     leaves kubeadm's default, {@link #DEFAULT_SERVICE_SUBNET}
 */
public record Kubeadm(
    ObjectPath path,
    ClusterConfiguration clusterConfiguration,
    KubeletConfiguration kubeletConfiguration,
    Optional<KubeProxyConfiguration> kubeProxyConfiguration,
    List<NodeConfig> nodes,
    Optional<ResetConfiguration> resetConfiguration,
    Optional<UpgradeConfiguration> upgradeConfiguration,
    Optional<Cni> cni,
    List<Cidr> podSubnet,
    List<Cidr> serviceSubnet) {

  /** kubeadm's secure port of the API server, which the derived control-plane endpoint uses. */
  public static final int API_SERVER_PORT = 6443;

  /** kubeadm's {@code networking.serviceSubnet} when none is set. */
  public static final Cidr DEFAULT_SERVICE_SUBNET = Cidr.parse("10.96.0.0/12");

  public Kubeadm {
    requireNonNull(path, "path");
    requireNonNull(clusterConfiguration, "clusterConfiguration");
    requireNonNull(kubeletConfiguration, "kubeletConfiguration");
    requireNonNull(kubeProxyConfiguration, "kubeProxyConfiguration");
    nodes = List.copyOf(nodes);
    requireNonNull(resetConfiguration, "resetConfiguration");
    requireNonNull(upgradeConfiguration, "upgradeConfiguration");
    requireNonNull(cni, "cni");
    podSubnet = List.copyOf(podSubnet);
    serviceSubnet = List.copyOf(serviceSubnet);
  }

  /**
   * The documents of one node's file, in the order kubeadm reads them: the {@code kubeadm init} node
   * gets its InitConfiguration, then the ClusterConfiguration, KubeletConfiguration and (with kube-proxy)
   * KubeProxyConfiguration; a joining node gets its JoinConfiguration only, because {@code kubeadm join}
   * takes the cluster's and the kubelet's settings from the cluster itself. A kubelet or kube-proxy
   * document that sets nothing is left out: kubeadm's defaults are the same.
   */
  public List<ConfigDocument> documents(NodeConfig node) {
    var documents = new ArrayList<ConfigDocument>(4);
    documents.add(node.document());
    if (node.role() == NodeConfig.Role.INIT) {
      documents.add(clusterConfiguration);
      if (!kubeletConfiguration.fields().isEmpty()) {
        documents.add(kubeletConfiguration);
      }
      kubeProxyConfiguration.filter(proxy -> !proxy.fields().isEmpty()).ifPresent(documents::add);
    }
    return documents;
  }

  /** The node that runs {@code kubeadm init}, if the cluster has a control-plane node. */
  public Optional<NodeConfig> initNode() {
    return nodes.stream().filter(node -> node.role() == NodeConfig.Role.INIT).findFirst();
  }

  /**
   * Whether {@code kubeadm init} must upload the control-plane certificates ({@code --upload-certs}) so
   * that other control-plane nodes can join with the certificate key.
   */
  public boolean uploadsCertificates() {
    return nodes.stream().anyMatch(node -> node.role() == NodeConfig.Role.JOIN_CONTROL_PLANE);
  }

  /** The settings of {@code cluster.kubeadm(k -> ...)}; created by the cluster. */
  public static final class Builder {
    private final Scope cluster;
    private final Scope scope;
    private final Settings settings = new Settings();

    /** A builder in {@code cluster}'s scope; {@link Part} makes it. */
    private Builder(Scope cluster) {
      this.cluster = cluster;
      this.scope = cluster.part("kubeadm");
    }

    /**
     * Sets the pods' address range: {@code networking.podSubnet} of the ClusterConfiguration and
     * {@code clusterCIDR} of kube-proxy. Unset by default, which leaves pod addressing to the CNI.
     * Replaces any previous value. A dual-stack pair is written {@code 10.244.0.0/16,fd00:10:244::/56}.
     *
     * @see <a href="https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/#kubeadm-k8s-io-v1beta4-Networking">Networking</a>
     */
    public Builder podSubnet(String cidr) {
      return podSubnet(Cidr.parseList(cidr));
    }

    /** {@link #podSubnet(String)} with parsed ranges: one, or a dual-stack pair of an IPv4 and an IPv6 range. */
    public Builder podSubnet(List<Cidr> ranges) {
      scope.ensureMutable();
      settings.podSubnet = perFamily("podSubnet", ranges);
      return this;
    }

    /**
     * Sets the Service cluster IP range: {@code networking.serviceSubnet}. kubeadm's default,
     * {@code 10.96.0.0/12}, applies while unset. Replaces any previous value.
     *
     * @see <a href="https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/#kubeadm-k8s-io-v1beta4-Networking">Networking</a>
     */
    public Builder serviceSubnet(String cidr) {
      return serviceSubnet(Cidr.parseList(cidr));
    }

    /** {@link #serviceSubnet(String)} with parsed ranges: one, or a dual-stack pair of an IPv4 and an IPv6 range. */
    public Builder serviceSubnet(List<Cidr> ranges) {
      scope.ensureMutable();
      settings.serviceSubnet = perFamily("serviceSubnet", ranges);
      return this;
    }

    /**
     * Sets the Services' DNS domain: {@code networking.dnsDomain}. kubeadm's default, {@code cluster.local},
     * applies while unset. Replaces any previous value.
     */
    public Builder dnsDomain(String domain) {
      scope.ensureMutable();
      settings.dnsDomain = requireNonNull(domain, "domain");
      return this;
    }

    /**
     * Sets {@code controlPlaneEndpoint}: the stable address (a load balancer or DNS name, with optional
     * port) every node uses for the API server. Defaults to the only control-plane node's address and
     * port 6443; a cluster with several control-plane nodes must set it. Replaces any previous value.
     */
    public Builder controlPlaneEndpoint(String endpoint) {
      scope.ensureMutable();
      settings.controlPlaneEndpoint = requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Adds a kube-apiserver flag, {@code --name=value}, to {@code apiServer.extraArgs}. Adds; flags keep
     * their order and may repeat.
     */
    public Builder apiServerArg(String name, String value) {
      scope.ensureMutable();
      settings.apiServerArgs.add(arg(name, value));
      return this;
    }

    /** Adds a kube-controller-manager flag to {@code controllerManager.extraArgs}. Adds. */
    public Builder controllerManagerArg(String name, String value) {
      scope.ensureMutable();
      settings.controllerManagerArgs.add(arg(name, value));
      return this;
    }

    /** Adds a kube-scheduler flag to {@code scheduler.extraArgs}. Adds. */
    public Builder schedulerArg(String name, String value) {
      scope.ensureMutable();
      settings.schedulerArgs.add(arg(name, value));
      return this;
    }

    /** Adds an etcd flag to {@code etcd.local.extraArgs} of the etcd kubeadm runs. Adds. */
    public Builder etcdArg(String name, String value) {
      scope.ensureMutable();
      settings.etcdArgs.add(arg(name, value));
      return this;
    }

    /**
     * Adds Subject Alternative Names to the API server certificate ({@code apiServer.certSANs}), besides
     * the derived ones: the control-plane endpoint's host and every control-plane node's name and
     * address. Appends.
     */
    public Builder certSANs(String... names) {
      scope.ensureMutable();
      for (String name : requireNonNull(names, "names")) {
        settings.certSANs.add(requireNonNull(name, "names"));
      }
      return this;
    }

    /**
     * Sets the bootstrap token nodes join with: {@code bootstrapTokens[0].token} of the InitConfiguration
     * and {@code discovery.bootstrapToken.token} of every JoinConfiguration. Required when the cluster has
     * more than one node. Its value has the form {@code [a-z0-9]{6}.[a-z0-9]{16}} ({@code kubeadm token
     * generate}) and goes to the secrets output only. Replaces any previous value.
     */
    public Builder bootstrapToken(SecretValue token) {
      scope.ensureMutable();
      settings.bootstrapToken = requireNonNull(token, "token");
      return this;
    }

    /**
     * Sets the key that encrypts the control-plane certificates for other control-plane nodes:
     * {@code certificateKey} of the InitConfiguration and of each control-plane JoinConfiguration.
     * Required with several control-plane nodes. 64 hex digits ({@code kubeadm certs certificate-key});
     * the value goes to the secrets output only. Replaces any previous value.
     */
    public Builder certificateKey(SecretValue key) {
      scope.ensureMutable();
      settings.certificateKey = requireNonNull(key, "key");
      return this;
    }

    /**
     * Adds a pin of the cluster CA's public key, {@code sha256:<64 hex digits>}, to
     * {@code discovery.bootstrapToken.caCertHashes} of every JoinConfiguration. Without one, joining nodes
     * trust the first API server they reach ({@code unsafeSkipCAVerification}, reported by check
     * {@code unverified-discovery}). Appends.
     */
    public Builder caCertHash(SecretValue hash) {
      scope.ensureMutable();
      settings.caCertHashes.add(requireNonNull(hash, "hash"));
      return this;
    }

    /**
     * Sets whether control-plane nodes keep kubeadm's {@code node-role.kubernetes.io/control-plane:NoSchedule}
     * taint. Defaults to true, whatever the topology: left unset, {@code nodeRegistration.taints} is not
     * written and kubeadm registers the taint, on a single-node cluster too (kubeadm's own default). False
     * writes {@code taints: []}, so a control-plane-only cluster runs pods (the equivalent of
     * {@code kubectl taint nodes --all node-role.kubernetes.io/control-plane-}). Ignored on a control-plane
     * node that declares its own taints. Replaces any previous value.
     *
     * @see <a href="https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/#kubeadm-k8s-io-v1beta4-NodeRegistrationOptions">NodeRegistrationOptions.taints</a>
     */
    public Builder controlPlaneTaint(boolean taint) {
      scope.ensureMutable();
      settings.controlPlaneTaint = taint;
      return this;
    }

    /**
     * Sets the pod network the first control-plane node applies after {@code kubeadm init}. None by
     * default. Replaces any previous value.
     */
    public Builder cni(Cni cni) {
      scope.ensureMutable();
      settings.cni = requireNonNull(cni, "cni");
      return this;
    }

    /**
     * Edits the derived ClusterConfiguration: the escape hatch to all of its fields. Runs after the
     * derivation, so it can change derived values too. Adds to earlier edits, which run first.
     */
    public Builder clusterConfiguration(Consumer<ClusterConfiguration> edit) {
      scope.ensureMutable();
      settings.clusterEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /** Edits the derived InitConfiguration of the first control-plane node, after derivation. Adds. */
    public Builder initConfiguration(Consumer<InitConfiguration> edit) {
      scope.ensureMutable();
      settings.initEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /** Edits every derived JoinConfiguration, of control-plane and worker nodes alike, after derivation. Adds. */
    public Builder joinConfiguration(Consumer<JoinConfiguration> edit) {
      scope.ensureMutable();
      settings.joinEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /**
     * Edits the KubeletConfiguration shared by every node, after derivation (which sets
     * {@code cgroupDriver} from the first control-plane node's container runtime). Adds.
     */
    public Builder kubeletConfiguration(Consumer<KubeletConfiguration> edit) {
      scope.ensureMutable();
      settings.kubeletEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /**
     * Edits the KubeProxyConfiguration, after derivation (which sets {@code clusterCIDR} from the pod
     * subnet). Not written when {@code clusterConfiguration} disables the proxy add-on. Adds.
     */
    public Builder kubeProxyConfiguration(Consumer<KubeProxyConfiguration> edit) {
      scope.ensureMutable();
      settings.kubeProxyEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /** Edits the ResetConfiguration, written to {@code kubeadm/reset.yaml} once edited. Adds. */
    public Builder resetConfiguration(Consumer<ResetConfiguration> edit) {
      scope.ensureMutable();
      settings.resetEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /** Edits the UpgradeConfiguration, written to {@code kubeadm/upgrade.yaml} once edited. Adds. */
    public Builder upgradeConfiguration(Consumer<UpgradeConfiguration> edit) {
      scope.ensureMutable();
      settings.upgradeEdits.add(requireNonNull(edit, "edit"));
      return this;
    }

    /**
     * Pins the kubelet, kubeadm and kubectl of the node named {@code node} to an older release than the cluster's, such as a
     * node not yet upgraded. Defaults to the cluster's {@code kubernetesVersion}. Replaces any previous
     * version of that node; check {@code version-skew} keeps it within the supported skew.
     */
    public Builder kubeletVersion(String node, String version) {
      scope.ensureMutable();
      requireNonNull(node, "node");
      settings.kubeletVersions.put(node, KubernetesVersion.of(version));
      return this;
    }

    /**
     * Accepts the problems of check {@code checkId} for a reason a reviewer can judge, on every node: the
     * kubeadm checks report on the node whose configuration has the problem. {@code Node.allow(..)}
     * accepts them on one node.
     */
    public Builder allow(String checkId, String reason) {
      cluster.allow(checkId, reason);
      return this;
    }

    /**
     * Derives every document from the nodes and these settings, applies the edits and freezes the result;
     * called by the cluster when it is built.
     *
     * @param clusterName the cluster's name, written as kubeadm's {@code clusterName}
     * @param version the cluster's Kubernetes version, if set
     * @param nodes the cluster's nodes, control-plane nodes first in definition order
     */
    private Kubeadm build(String clusterName, Optional<KubernetesVersion> version, List<KubeadmNode> nodes) {
      return new KubeadmPlanner(scope.path(), settings, clusterName, version, nodes).plan();
    }

    /** One range, or one of each IP family, as kubeadm's dual-stack networking takes them. */
    private static List<Cidr> perFamily(String field, List<Cidr> ranges) {
      var copy = List.copyOf(requireNonNull(ranges, "ranges"));
      if (copy.isEmpty() || copy.size() > 2 || copy.size() == 2
          && copy.get(0).network().isV4() == copy.get(1).network().isV4()) {
        throw new IllegalArgumentException(field + " is one range or an IPv4 and an IPv6 range, was '"
            + Cidr.join(copy) + "'");
      }
      return copy;
    }

    private static Arg arg(String name, String value) {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      if (name.startsWith("-")) {
        throw new IllegalArgumentException("a flag name has no leading dashes: '" + name + "'");
      }
      return Arg.of(name, value);
    }
  }

  /**
   * The kubeadm part of a cluster under construction: the settings of every {@code cluster.kubeadm(k -> ..)}
   * call, then the plan derived from them when the cluster is built. {@code Cluster.Builder} holds one.
   *
   * <p>It is the one door from the cluster aggregate into this package's builder, whose constructor and
   * {@code build(..)} are private. Definitions never use it: it needs the cluster's {@link Scope}, which
   * only {@code Cluster.named(..)} makes, and the facts of every node, which only the cluster has.
   */
  public static final class Part {
    private final Scope cluster;
    private Builder builder;

    /** The kubeadm part of the cluster whose scope is {@code cluster}; made by the cluster builder. */
    public Part(Scope cluster) {
      this.cluster = requireNonNull(cluster, "cluster");
    }

    /** Runs {@code settings} on the cluster's kubeadm builder, created on the first call. */
    public void edit(Consumer<Builder> settings) {
      cluster.ensureMutable();
      requireNonNull(settings, "settings");
      if (builder == null) {
        builder = new Builder(cluster);
      }
      settings.accept(builder);
    }

    /**
     * Derives every document from the nodes and the settings, applies the edits and freezes the result;
     * empty when {@link #edit} was never called (the cluster then uses no kubeadm). Called by the cluster
     * when it is built.
     *
     * @param clusterName the cluster's name, written as kubeadm's {@code clusterName}
     * @param version the cluster's Kubernetes version, if set
     * @param nodes the cluster's nodes, control-plane nodes first in definition order
     */
    public Optional<Kubeadm> build(String clusterName, Optional<KubernetesVersion> version, List<KubeadmNode> nodes) {
      return builder == null ? Optional.empty() : Optional.of(builder.build(clusterName, version, nodes));
    }
  }

  /** What the builder collected. */
  static final class Settings {
    List<Cidr> podSubnet;
    List<Cidr> serviceSubnet;
    String dnsDomain;
    String controlPlaneEndpoint;
    final List<Arg> apiServerArgs = new ArrayList<>();
    final List<Arg> controllerManagerArgs = new ArrayList<>();
    final List<Arg> schedulerArgs = new ArrayList<>();
    final List<Arg> etcdArgs = new ArrayList<>();
    final List<String> certSANs = new ArrayList<>();
    SecretValue bootstrapToken;
    SecretValue certificateKey;
    final List<SecretValue> caCertHashes = new ArrayList<>();
    Boolean controlPlaneTaint;
    Cni cni;
    final Map<String, KubernetesVersion> kubeletVersions = new TreeMap<>();
    final List<Consumer<ClusterConfiguration>> clusterEdits = new ArrayList<>();
    final List<Consumer<InitConfiguration>> initEdits = new ArrayList<>();
    final List<Consumer<JoinConfiguration>> joinEdits = new ArrayList<>();
    final List<Consumer<KubeletConfiguration>> kubeletEdits = new ArrayList<>();
    final List<Consumer<KubeProxyConfiguration>> kubeProxyEdits = new ArrayList<>();
    final List<Consumer<ResetConfiguration>> resetEdits = new ArrayList<>();
    final List<Consumer<UpgradeConfiguration>> upgradeEdits = new ArrayList<>();
  }
}
