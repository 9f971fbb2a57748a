package dev.kubeforge.kubeadm;

import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Cidr;
import dev.kubeforge.core.KubernetesVersion;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.kubeadm.config.APIEndpoint;
import dev.kubeforge.kubeadm.config.Arg;
import dev.kubeforge.kubeadm.config.BootstrapToken;
import dev.kubeforge.kubeadm.config.BootstrapTokenDiscovery;
import dev.kubeforge.kubeadm.config.ClusterConfiguration;
import dev.kubeforge.kubeadm.config.Discovery;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.config.JoinControlPlane;
import dev.kubeforge.kubeadm.config.KubeProxyConfiguration;
import dev.kubeforge.kubeadm.config.KubeletConfiguration;
import dev.kubeforge.kubeadm.config.NodeRegistrationOptions;
import dev.kubeforge.kubeadm.config.ResetConfiguration;
import dev.kubeforge.kubeadm.config.UpgradeConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Derives the kubeadm documents from the nodes and the settings (DESIGN: derived, not restated), runs
 * the user's edits over them and freezes the result.
 */
final class KubeadmPlanner {

  private final ObjectPath path;
  private final Kubeadm.Settings settings;
  private final String clusterName;
  private final Optional<KubernetesVersion> version;
  private final List<KubeadmNode> controlPlanes;
  private final List<KubeadmNode> workers;

  KubeadmPlanner(ObjectPath path, Kubeadm.Settings settings, String clusterName,
      Optional<KubernetesVersion> version, List<KubeadmNode> nodes) {
    this.path = path;
    this.settings = settings;
    this.clusterName = clusterName;
    this.version = version;
    var names = nodes.stream().map(KubeadmNode::name).toList();
    settings.kubeletVersions.keySet().stream().filter(name -> !names.contains(name)).findFirst().ifPresent(name -> {
      throw new IllegalArgumentException("kubeletVersion(..) names node " + name + ", which "
          + path.segments().get(0) + " does not have; add it with controlPlane(..) or workers(..)");
    });
    var pinned = nodes.stream().map(node -> settings.kubeletVersions.containsKey(node.name())
        ? node.kubeletVersion(settings.kubeletVersions.get(node.name())) : node).toList();
    this.controlPlanes = pinned.stream().filter(KubeadmNode::controlPlane).toList();
    this.workers = pinned.stream().filter(node -> !node.controlPlane()).toList();
  }

  Kubeadm plan() {
    var endpoint = endpoint();
    var cluster = clusterConfiguration(endpoint);
    var sharedDriver = controlPlanes.isEmpty() ? Optional.<CgroupDriver>empty() : controlPlanes.get(0).cgroupDriver();
    var kubelet = KubeletConfiguration.create();
    sharedDriver.ifPresent(kubelet::cgroupDriver);
    var kubeProxy = KubeProxyConfiguration.create();
    if (settings.podSubnet != null) {
      kubeProxy.clusterCIDR(Cidr.join(settings.podSubnet));
    }
    apply(settings.clusterEdits, cluster);
    apply(settings.kubeletEdits, kubelet);
    apply(settings.kubeProxyEdits, kubeProxy);
    boolean proxy = cluster.proxy() == null || !Boolean.TRUE.equals(cluster.proxy().disabled());

    var nodes = new ArrayList<NodeConfig>();
    boolean taintControlPlane = settings.controlPlaneTaint == null || settings.controlPlaneTaint;
    for (int i = 0; i < controlPlanes.size(); i++) {
      var node = controlPlanes.get(i);
      var registration = registration(node, sharedDriver, taintControlPlane);
      if (i == 0) {
        var init = InitConfiguration.create().nodeRegistration(registration);
        if (settings.bootstrapToken != null) {
          init.bootstrapToken(BootstrapToken.of(settings.bootstrapToken));
        }
        node.address().ifPresent(address ->
            init.localAPIEndpoint(APIEndpoint.create().advertiseAddress(address.toString())));
        if (controlPlanes.size() > 1 && settings.certificateKey != null) {
          init.certificateKey(settings.certificateKey);
        }
        apply(settings.initEdits, init);
        nodes.add(new NodeConfig(node, NodeConfig.Role.INIT, init));
      } else {
        var join = join(registration, endpoint);
        var controlPlane = JoinControlPlane.create();
        node.address().ifPresent(address ->
            controlPlane.localAPIEndpoint(APIEndpoint.create().advertiseAddress(address.toString())));
        if (settings.certificateKey != null) {
          controlPlane.certificateKey(settings.certificateKey);
        }
        join.controlPlane(controlPlane);
        apply(settings.joinEdits, join);
        nodes.add(new NodeConfig(node, NodeConfig.Role.JOIN_CONTROL_PLANE, join));
      }
    }
    for (KubeadmNode node : workers) {
      var join = join(registration(node, sharedDriver, false), endpoint);
      apply(settings.joinEdits, join);
      nodes.add(new NodeConfig(node, NodeConfig.Role.JOIN_WORKER, join));
    }

    var reset = settings.resetEdits.isEmpty() ? Optional.<ResetConfiguration>empty()
        : Optional.of(ResetConfiguration.create());
    reset.ifPresent(document -> apply(settings.resetEdits, document));
    var upgrade = settings.upgradeEdits.isEmpty() ? Optional.<UpgradeConfiguration>empty()
        : Optional.of(UpgradeConfiguration.create());
    upgrade.ifPresent(document -> apply(settings.upgradeEdits, document));

    var owner = path.segments().get(0);
    cluster.freeze(owner);
    kubelet.freeze(owner);
    kubeProxy.freeze(owner);
    nodes.forEach(node -> node.document().freeze(owner));
    reset.ifPresent(document -> document.freeze(owner));
    upgrade.ifPresent(document -> document.freeze(owner));
    var networking = cluster.networking();
    var podSubnet = ranges("networking.podSubnet", settings.podSubnet, networking == null ? null : networking.podSubnet());
    var serviceSubnet = ranges("networking.serviceSubnet", settings.serviceSubnet,
        networking == null ? null : networking.serviceSubnet());
    return new Kubeadm(path, cluster, kubelet, proxy ? Optional.of(kubeProxy) : Optional.empty(), nodes, reset,
        upgrade, Optional.ofNullable(settings.cni), podSubnet, serviceSubnet);
  }

  /**
   * The ranges of a subnet field of the final ClusterConfiguration: the ones the builder parsed, unless a
   * {@code clusterConfiguration(..)} edit wrote the field, whose text is parsed here.
   */
  private static List<Cidr> ranges(String field, List<Cidr> set, String written) {
    if (written == null) {
      return List.of();
    }
    if (set != null && Cidr.join(set).equals(written)) {
      return set;
    }
    try {
      return Cidr.parseList(written);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("clusterConfiguration(..) set " + field + " to '" + written
          + "', not a list of CIDR ranges: " + e.getMessage(), e);
    }
  }

  /** The explicit endpoint, or the only control-plane node's address with kubeadm's port. */
  private String endpoint() {
    if (settings.controlPlaneEndpoint != null) {
      return settings.controlPlaneEndpoint;
    }
    if (controlPlanes.size() == 1 && controlPlanes.get(0).address().isPresent()) {
      var address = controlPlanes.get(0).address().get();
      return (address.isV4() ? address.toString() : "[" + address + "]") + ":" + Kubeadm.API_SERVER_PORT;
    }
    return null;
  }

  private ClusterConfiguration clusterConfiguration(String endpoint) {
    var cluster = ClusterConfiguration.create().clusterName(clusterName);
    version.ifPresent(v -> cluster.kubernetesVersion(v.patch().isPresent() ? "v" + v : "stable-" + v));
    if (endpoint != null) {
      cluster.controlPlaneEndpoint(endpoint);
    }
    if (settings.podSubnet != null || settings.serviceSubnet != null || settings.dnsDomain != null) {
      cluster.networking(networking -> {
        if (settings.serviceSubnet != null) {
          networking.serviceSubnet(Cidr.join(settings.serviceSubnet));
        }
        if (settings.podSubnet != null) {
          networking.podSubnet(Cidr.join(settings.podSubnet));
        }
        if (settings.dnsDomain != null) {
          networking.dnsDomain(settings.dnsDomain);
        }
      });
    }
    var sans = new LinkedHashSet<String>();
    if (endpoint != null) {
      sans.add(host(endpoint));
    }
    for (KubeadmNode node : controlPlanes) {
      sans.add(node.name());
      node.address().ifPresent(address -> sans.add(address.toString()));
    }
    sans.addAll(settings.certSANs);
    cluster.apiServer(apiServer -> {
      apiServer.certSANs(new ArrayList<>(sans));
      if (!settings.apiServerArgs.isEmpty()) {
        apiServer.extraArgs(settings.apiServerArgs);
      }
    });
    if (!settings.controllerManagerArgs.isEmpty()) {
      cluster.controllerManager(component -> component.extraArgs(settings.controllerManagerArgs));
    }
    if (!settings.schedulerArgs.isEmpty()) {
      cluster.scheduler(component -> component.extraArgs(settings.schedulerArgs));
    }
    if (!settings.etcdArgs.isEmpty()) {
      cluster.etcd(etcd -> etcd.local(local -> local.extraArgs(settings.etcdArgs)));
    }
    return cluster;
  }

  /** The host of {@code host:port}, {@code [v6]:port} or a bare host. */
  static String host(String endpoint) {
    if (endpoint.startsWith("[")) {
      int close = endpoint.indexOf(']');
      return close < 0 ? endpoint : endpoint.substring(1, close);
    }
    int colon = endpoint.indexOf(':');
    return colon < 0 || endpoint.indexOf(':', colon + 1) >= 0 ? endpoint : endpoint.substring(0, colon);
  }

  private NodeRegistrationOptions registration(KubeadmNode node, Optional<CgroupDriver> sharedDriver, boolean taintControlPlane) {
    var registration = NodeRegistrationOptions.create().name(node.name());
    node.criSocket().ifPresent(registration::criSocket);
    if (!node.taints().isEmpty()) {
      registration.taints(node.taints());
    } else if (node.controlPlane() && !taintControlPlane) {
      registration.taints(List.of());
    }
    node.address().ifPresent(address -> registration.kubeletExtraArgs(Arg.of("node-ip", address.toString())));
    if (!node.labels().isEmpty()) {
      var labels = new StringBuilder();
      for (Map.Entry<String, String> label : node.labels().entrySet()) {
        labels.append(labels.length() == 0 ? "" : ",").append(label.getKey()).append('=').append(label.getValue());
      }
      registration.kubeletExtraArgs(Arg.of("node-labels", labels.toString()));
    }
    if (node.cgroupDriver().isPresent() && !node.cgroupDriver().equals(sharedDriver)) {
      registration.kubeletExtraArgs(Arg.of("cgroup-driver", node.cgroupDriver().get().value()));
    }
    return registration;
  }

  private JoinConfiguration join(NodeRegistrationOptions registration, String endpoint) {
    var discovery = BootstrapTokenDiscovery.create();
    if (settings.bootstrapToken != null) {
      discovery.token(settings.bootstrapToken);
    }
    if (endpoint != null) {
      discovery.apiServerEndpoint(endpoint);
    }
    if (settings.caCertHashes.isEmpty()) {
      discovery.unsafeSkipCAVerification(true);
    } else {
      discovery.caCertHashes(settings.caCertHashes);
    }
    return JoinConfiguration.create()
        .nodeRegistration(registration)
        .discovery(Discovery.create().bootstrapToken(discovery));
  }

  private static <T> void apply(List<Consumer<T>> edits, T target) {
    edits.forEach(edit -> edit.accept(target));
  }
}
