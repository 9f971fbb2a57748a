package dev.kubeforge.cluster;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.core.KubernetesVersion;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.host.CriDockerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.kubeadm.Cni;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans what brings each node up ({@link NodeSetup}) when the cluster is built: the files of its host
 * profile, its kubeadm configuration, the container runtime and Kubernetes packages, and the bootstrap
 * steps in an order that works on a bare Debian or Ubuntu image. Every form of user-data renders these.
 */
final class NodeSetupPlanner {

  /** Where a node's kubeadm configuration is written. */
  static final String KUBEADM_CONFIG = "/etc/kubernetes/kubeadm-config.yaml";
  /** Where the first control-plane node gets the pod network's manifest, when the definition holds it. */
  static final String CNI_MANIFEST = "/etc/kubernetes/cni.yaml";
  /** The signing key of the Kubernetes package repository. */
  static final String KEYRING = "/etc/apt/keyrings/kubernetes-apt-keyring.asc";
  /** The packages kubeadm needs, pinned to the cluster's release and held there. */
  static final List<String> KUBERNETES_PACKAGES = List.of("kubelet", "kubeadm", "kubectl");

  private final ObjectPath cluster;
  private final Optional<KubernetesVersion> kubernetesVersion;
  private final Optional<Kubeadm> kubeadm;
  private final CloudInit cloudInit;
  private final Map<String, List<HostFile>> hostFiles;

  /** A planner over the parts of a cluster being built; {@code hostFiles} are its profiles' files by name. */
  NodeSetupPlanner(ObjectPath cluster, Optional<KubernetesVersion> kubernetesVersion, Optional<Kubeadm> kubeadm,
      CloudInit cloudInit, Map<String, List<HostFile>> hostFiles) {
    this.cluster = cluster;
    this.kubernetesVersion = kubernetesVersion;
    this.kubeadm = kubeadm;
    this.cloudInit = cloudInit;
    this.hostFiles = hostFiles;
  }

  /** The setup of one node. */
  NodeSetup setup(Node node) {
    var config = kubeadm.flatMap(k -> k.nodes().stream()
        .filter(n -> n.node().name().equals(node.name())).findFirst());
    var profile = Optional.ofNullable(node.profile());
    var aptSources = new ArrayList<NodeSetup.AptSource>();
    var packages = new ArrayList<NodeSetup.Package>();
    var files = new ArrayList<NodeSetup.SetupFile>();
    var bootSteps = new ArrayList<Step>();
    var steps = new ArrayList<Step>();

    profile.ifPresent(p -> runtimePackages(p).forEach(name -> packages.add(new NodeSetup.Package(name, Optional.empty()))));
    var version = config.flatMap(c -> c.node().kubeletVersion()).or(() -> kubernetesVersion);
    if (config.isPresent() && version.isPresent()) {
      var repository = repository(version.get());
      bootSteps.add(new Step.Download(repository + "Release.key", KEYRING));
      aptSources.add(new NodeSetup.AptSource("kubernetes.list", "deb [signed-by=" + KEYRING + "] " + repository + " /"));
      var pattern = version.get().patch().isPresent() ? version.get() + "-*" : version.get() + ".*";
      KUBERNETES_PACKAGES.forEach(name -> packages.add(new NodeSetup.Package(name, Optional.of(pattern))));
    }
    cloudInit.packages().forEach(name -> packages.add(new NodeSetup.Package(name, Optional.empty())));

    profile.ifPresent(p -> hostFiles.get(p.name()).forEach(file ->
        files.add(new NodeSetup.SetupFile(file.nodePath(), new NodeSetup.Host(file), "root:root", "0644", true))));
    profile.map(HostProfile::docker).map(DockerDaemon::tls).ifPresent(tls -> tls.files().forEach(file ->
        files.add(new NodeSetup.SetupFile(file.path(), new NodeSetup.Secret(file.content()), "root:root",
            file.permissions(), true))));
    for (CloudInit.File file : cloudInit.files()) {
      NodeSetup.Content content = file.secret().<NodeSetup.Content>map(NodeSetup.Secret::new)
          .orElseGet(() -> new NodeSetup.Text(file.text().orElseThrow()));
      files.add(new NodeSetup.SetupFile(file.path(), content, file.owner(), file.permissions(), false));
    }
    config.ifPresent(c -> files.add(new NodeSetup.SetupFile(KUBEADM_CONFIG,
        new NodeSetup.KubeadmConfig(c, kubeadm.get().documents(c)), "root:root", "0600", false)));
    var manifest = config.filter(c -> c.role() == NodeConfig.Role.INIT).flatMap(c -> kubeadm.get().cni());
    if (manifest.orElse(null) instanceof Cni.Objects objects) {
      files.add(new NodeSetup.SetupFile(CNI_MANIFEST, new NodeSetup.Manifest(objects.namespace()), "root:root",
          "0644", false));
    }

    profile.ifPresent(p -> hostSteps(p, steps));
    config.ifPresent(c -> kubeadmSteps(kubeadm.get(), c, cloudInit, steps));
    manifest.ifPresent(cni -> steps.add(new Step.ApplyManifest(
        cni instanceof Cni.Manifest url ? url.url() : CNI_MANIFEST)));
    bootSteps.addAll(cloudInit.bootCommands());
    steps.addAll(cloudInit.commands());
    return new NodeSetup(cluster.child("node", node.name()), node.name(), cloudInit.adminUser(), aptSources, packages, files,
        bootSteps, steps);
  }

  /** The Debian packages of the profile's container runtimes. */
  static List<String> runtimePackages(HostProfile profile) {
    var names = new ArrayList<String>(2);
    if (profile.containerd() != null) {
      names.add("containerd");
    }
    if (profile.docker() != null) {
      names.add("docker.io");
    }
    return names;
  }

  /** The pkgs.k8s.io repository of the version's minor release. */
  static String repository(KubernetesVersion version) {
    return "https://pkgs.k8s.io/core:/stable:/v1." + version.minor() + "/deb/";
  }

  /** Apply the kernel settings, let systemd see the units, restart what was reconfigured, start what is new. */
  private static void hostSteps(HostProfile profile, List<Step> steps) {
    if (!profile.kernelModules().isEmpty()) {
      steps.add(new Step.LoadModules());
    }
    if (!profile.sysctls().isEmpty()) {
      steps.add(new Step.ApplySysctl());
    }
    if (!profile.units().isEmpty() || !profile.allDropIns().isEmpty()) {
      steps.add(new Step.DaemonReload());
    }
    var restart = new LinkedHashSet<String>();
    if (profile.containerd() != null) {
      restart.add(UnitName.CONTAINERD_SERVICE.value());
    }
    if (profile.docker() != null) {
      restart.add(UnitName.DOCKER_SERVICE.value());
    }
    if (profile.journald() != null) {
      restart.add(UnitName.JOURNALD_SERVICE.value());
    }
    var declared = profile.units().stream().map(unit -> unit.name().value()).toList();
    for (DropIn dropIn : profile.allDropIns()) {
      var unit = dropIn.unit().name();
      if (!unit.equals(UnitName.KUBELET_SERVICE) && !declared.contains(unit.value())) {
        restart.add(unit.value()); // a unit the OS ships, reconfigured; kubeadm restarts the kubelet itself
      }
    }
    if (!restart.isEmpty()) {
      steps.add(new Step.RestartUnits(List.copyOf(restart)));
    }
    var enable = profile.units().stream().filter(unit -> !unit.install().isEmpty())
        .map(SystemdUnit::name).map(UnitName::value).toList();
    if (!enable.isEmpty()) {
      steps.add(new Step.EnableUnits(enable));
    }
    var criDockerd = profile.criDockerd();
    if (criDockerd != null) {
      steps.add(new Step.Download(criDockerd.url(), CriDockerd.PACKAGE_PATH));
      steps.add(Step.Run.shell("echo '" + criDockerd.sha256() + "  " + CriDockerd.PACKAGE_PATH
          + "' | sha256sum --check --strict -"));
      steps.add(Step.Run.of("apt-get", "install", "-y", CriDockerd.PACKAGE_PATH));
      steps.add(new Step.EnableUnits(List.of("cri-docker.socket", "cri-docker.service")));
    }
  }

  private static void kubeadmSteps(Kubeadm kubeadm, NodeConfig config, CloudInit cloudInit, List<Step> steps) {
    steps.add(new Step.SwapOff());
    steps.add(new Step.HoldPackages(KUBERNETES_PACKAGES));
    if (config.role() == NodeConfig.Role.INIT) {
      steps.add(new Step.KubeadmInit(KUBEADM_CONFIG, kubeadm.uploadsCertificates()));
    } else {
      var join = (JoinConfiguration) config.document();
      var discovery = join.discovery() == null ? null : join.discovery().bootstrapToken();
      var endpoint = discovery == null || discovery.apiServerEndpoint() == null ? "" : discovery.apiServerEndpoint();
      steps.add(new Step.KubeadmJoin(KUBEADM_CONFIG, host(endpoint), port(endpoint)));
    }
    if (config.role().controlPlane()) {
      cloudInit.adminUser().ifPresent(admin -> steps.add(new Step.AdminKubeconfig(admin.name(), admin.home())));
    }
  }

  /** The host of {@code host:port} or {@code [v6]:port}. */
  static String host(String endpoint) {
    if (endpoint.startsWith("[")) {
      return endpoint.substring(1, endpoint.indexOf(']'));
    }
    int colon = endpoint.lastIndexOf(':');
    return colon < 0 ? endpoint : endpoint.substring(0, colon);
  }

  /** The port of {@code host:port}, or kubeadm's 6443 when there is none. */
  static int port(String endpoint) {
    int colon = endpoint.lastIndexOf(':');
    if (colon < 0 || endpoint.endsWith("]")) {
      return Kubeadm.API_SERVER_PORT;
    }
    return Integer.parseInt(endpoint.substring(colon + 1));
  }
}
