package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Generation;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.Problem;
import dev.kubeforge.cloudinit.CriDockerdCluster;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.LogDriver;
import dev.kubeforge.host.StorageDriver;
import dev.kubeforge.host.CriDockerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.KillMode;
import dev.kubeforge.host.MountPropagation;
import dev.kubeforge.host.OptionValue;
import dev.kubeforge.host.ProcessLimit;
import dev.kubeforge.host.Registry;
import dev.kubeforge.host.RegistryCapability;
import dev.kubeforge.host.RegistryHost;
import dev.kubeforge.host.Restart;
import dev.kubeforge.host.RuntimeHandler;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.ServiceType;
import dev.kubeforge.host.Snapshotter;
import dev.kubeforge.host.UnitName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files other people run, written in the typed DSL, each rendered file asserted whole (issue 10's
 * table, the host side; the workload rows are {@code k8s.ConventionsTest} and
 * {@code check.ConventionChecksTest}, the one-node taint {@code KubeadmTopologyTest} and the
 * cri-dockerd one-node homelab the {@code cloudinit/cri-dockerd} golden case). Where the source differs
 * from what Kubeforge writes, the comment says how and why. {@link #theRealToolsReadEveryFile} runs
 * systemd-analyze and containerd on the rendered files where the validators are installed.
 */
class RealWorldFormsTest {

  /** The definition every case is rendered from, so the header names one class. */
  private static final class Lab implements ClusterDefinition {
    private final Consumer<HostProfile.Builder> settings;

    Lab(Consumer<HostProfile.Builder> settings) {
      this.settings = settings;
    }

    @Override
    public Cluster define() {
      return Cluster.named("lab")
          .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(HostProfile.named("node", settings))))
          .build();
    }
  }

  private static Generation generate(Consumer<HostProfile.Builder> settings) {
    return Kubeforge.generate(new Lab(settings));
  }

  /** The host file at {@code etc/...} of the profile, without its header line. */
  private static String file(Generation generation, String path) {
    var text = generation.files().text("lab/hosts/node/" + path);
    return text.substring(text.indexOf('\n') + 1);
  }

  private static List<String> warnings(Generation generation) {
    return generation.warnings().stream().map(Problem::toString).toList();
  }

  /**
   * moby/moby {@code contrib/init/systemd/docker.service} at 009639e0 (Apache-2.0): {@code TasksMax=},
   * {@code TimeoutSec=0} and the start limits in {@code [Service]} under their pre-230 names, which moby
   * keeps on purpose for old systemd and which are warned with today's spelling. Kubeforge writes the
   * resource-control lines ({@code Delegate=}, {@code TasksMax=}) last and {@code RestartSec=2} as
   * {@code 2s}; its comments are left out.
   */
  static Service mobyDockerService() {
    return Service.named("docker")
        .description("Docker Application Container Engine")
        .documentation("https://docs.docker.com")
        .after(UnitName.NETWORK_ONLINE_TARGET, UnitName.of("firewalld.service"), UnitName.CONTAINERD_SERVICE,
            UnitName.MULTI_USER_TARGET)
        .wants(UnitName.NETWORK_ONLINE_TARGET)
        .requires(UnitName.DOCKER_SOCKET, UnitName.CONTAINERD_SERVICE)
        .type(ServiceType.NOTIFY)
        .execStart("/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock")
        .execReload("/bin/kill -s HUP $MAINPID")
        .timeoutSec(Duration.ZERO)
        .restartSec(Duration.ofSeconds(2))
        .restart(Restart.ALWAYS)
        .directive("Service", "StartLimitBurst", "3")
        .directive("Service", "StartLimitInterval", "60s")
        .limitInfinity(ProcessLimit.NOFILE)
        .limitInfinity(ProcessLimit.NPROC)
        .limitInfinity(ProcessLimit.CORE)
        .tasksMaxInfinity()
        .delegate(true)
        .killMode(KillMode.PROCESS)
        .oomScoreAdjust(-500)
        .wantedBy(UnitName.MULTI_USER_TARGET);
  }

  /**
   * moby/moby {@code contrib/init/systemd/docker.service} at tag v1.11.0 (Apache-2.0): {@code docker daemon
   * -H fd://}, removed in Docker 17.12 and flagged, and {@code MountFlags=slave}, typed.
   */
  static Service docker111Service() {
    return Service.named("docker")
        .description("Docker Application Container Engine")
        .documentation("https://docs.docker.com")
        .after(UnitName.NETWORK_TARGET, UnitName.DOCKER_SOCKET)
        .requires(UnitName.DOCKER_SOCKET)
        .type(ServiceType.NOTIFY)
        .execStart("/usr/bin/docker daemon -H fd://")
        .mountFlags(MountPropagation.SLAVE)
        .limit(ProcessLimit.NOFILE, 1048576)
        .limit(ProcessLimit.NPROC, 1048576)
        .limitInfinity(ProcessLimit.CORE)
        .timeoutStartSec(Duration.ZERO)
        .delegate(true)
        .wantedBy(UnitName.MULTI_USER_TARGET);
  }

  /** containerd/containerd {@code containerd.service} at 166f1ad0 (Apache-2.0), every line typed. */
  static Service containerdService() {
    return Service.named("containerd")
        .description("containerd container runtime")
        .documentation("https://containerd.io")
        .after(UnitName.NETWORK_TARGET)
        .execStartPre("-/sbin/modprobe overlay")
        .execStart("/usr/local/bin/containerd")
        .restart(Restart.ALWAYS)
        .delegate(true)
        .killMode(KillMode.PROCESS)
        .limitInfinity(ProcessLimit.NPROC)
        .limitInfinity(ProcessLimit.CORE)
        .limit(ProcessLimit.NOFILE, 1048576)
        .tasksMaxInfinity()
        .wantedBy(UnitName.MULTI_USER_TARGET);
  }

  /**
   * kubernetes-sigs/kind {@code images/base/files/etc/containerd/config.toml} at 030aa9e1 (Apache-2.0): a
   * second runtime handler, a proxy plugin, CRI flags and a registry mirror. Three deviations: its
   * {@code tolerate_missing_hugepages_controller} is written {@code tolerate_missing_hugetlb_controller},
   * containerd's name for it since 1.6 (containerd 1.7 drops the old key, as the validator showed);
   * {@code registry.mirrors."k8s.gcr.io"}, deprecated, becomes today's {@code certs.d/k8s.gcr.io/hosts.toml};
   * and every runc handler carries {@code SystemdCgroup} (here false, the value kind leaves to default).
   * Version 3 (containerd 2.x) writes the same settings at the version-3 plugins.
   */
  static Containerd kind(int version) {
    var runtime = version == 2 ? "plugins.'io.containerd.grpc.v1.cri'." : "plugins.'io.containerd.cri.v1.runtime'.";
    var discard = version == 2 ? runtime + "containerd." : "plugins.'io.containerd.cri.v1.images'.";
    return Containerd.create()
        .configVersion(version)
        .cgroupDriver(CgroupDriver.CGROUPFS)
        .snapshotter(Snapshotter.OVERLAYFS)
        .sandboxImage("k8s.gcr.io/pause:3.6")
        .runtime(RuntimeHandler.runc("test-handler"))
        .option("proxy_plugins.fuse-overlayfs", OptionValue.table(Map.of(
            "type", OptionValue.of("snapshot"), "address", OptionValue.of("/run/containerd-fuse-overlayfs.sock"))))
        .option(discard + "discard_unpacked_layers", true)
        .option(runtime + "containerd.runtimes.runc.base_runtime_spec", "/etc/containerd/cri-base.json")
        .option(runtime + "tolerate_missing_hugetlb_controller", true)
        .option(runtime + "restrict_oom_score_adj", false)
        .registry(Registry.named("k8s.gcr.io").server("https://k8s.gcr.io")
            .host(RegistryHost.of("https://registry.k8s.io").capabilities(RegistryCapability.PULL, RegistryCapability.RESOLVE)));
  }

  /**
   * containerd/stargz-snapshotter {@code script/config/etc/containerd/config.toml} at 23cdd04b (Apache-2.0):
   * a proxy snapshotter the CRI uses, its exports, and the transfer service's list of unpack tables.
   */
  static Containerd stargz() {
    return Containerd.create()
        .cgroupDriver(CgroupDriver.CGROUPFS)
        .proxySnapshotter("stargz", "/run/containerd-stargz-grpc/containerd-stargz-grpc.sock")
        .runtime(RuntimeHandler.runc("test-handler"))
        .option("plugins.'io.containerd.transfer.v1.local'.unpack_config", OptionValue.list(OptionValue.table(Map.of(
            "platform", OptionValue.of("linux"), "snapshotter", OptionValue.of("stargz")))))
        .option("proxy_plugins.stargz.exports", OptionValue.table(Map.of(
            "root", OptionValue.of("/var/lib/containerd-stargz-grpc/"),
            "enable_remote_snapshot_annotations", OptionValue.of("true"))));
  }

  @Test
  void mobysDockerServiceKeepsItsOldStartLimitNamesWithAWarning() {
    var generation = generate(p -> p.unit(mobyDockerService()));
    assertEquals("""
        [Unit]
        Description=Docker Application Container Engine
        Documentation=https://docs.docker.com
        Requires=docker.socket containerd.service
        Wants=network-online.target
        After=network-online.target firewalld.service containerd.service multi-user.target

        [Service]
        Type=notify
        ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
        ExecReload=/bin/kill -s HUP $MAINPID
        TimeoutSec=0
        RestartSec=2s
        Restart=always
        StartLimitBurst=3
        StartLimitInterval=60s
        LimitNOFILE=infinity
        LimitNPROC=infinity
        LimitCORE=infinity
        KillMode=process
        OOMScoreAdjust=-500
        Delegate=yes
        TasksMax=infinity

        [Install]
        WantedBy=multi-user.target
        """, file(generation, "etc/systemd/system/docker.service"));
    assertEquals(List.of("""
        cluster lab › host node › unit docker.service: StartLimitBurst= in [Service] is a deprecated spelling,\
         rendered as written; today it is StartLimitBurst= in [Unit] [deprecated-directive]
          hint: write .startLimitBurst(int) instead""", """
        cluster lab › host node › unit docker.service: StartLimitInterval= in [Service] is a deprecated spelling,\
         rendered as written; today it is StartLimitIntervalSec= in [Unit] [deprecated-directive]
          hint: write .startLimitIntervalSec(Duration) instead""", """
        cluster lab › host node › unit docker.service: After=firewalld.service names a unit this profile neither\
         declares nor the OS ships [unknown-unit-dependency]
          hint: declare it with HostProfile.unit(..), or allow("unknown-unit-dependency", reason) when the OS image\
         ships it"""), warnings(generation));
  }

  @Test
  void docker111sUnitIsFlaggedForTheRemovedDockerDaemonCommand() {
    var generation = generate(p -> p.unit(docker111Service()));
    assertEquals("""
        [Unit]
        Description=Docker Application Container Engine
        Documentation=https://docs.docker.com
        Requires=docker.socket
        After=network.target docker.socket

        [Service]
        Type=notify
        ExecStart=/usr/bin/docker daemon -H fd://
        MountFlags=slave
        LimitNOFILE=1048576
        LimitNPROC=1048576
        LimitCORE=infinity
        TimeoutStartSec=0
        Delegate=yes

        [Install]
        WantedBy=multi-user.target
        """, file(generation, "etc/systemd/system/docker.service"));
    assertEquals(List.of("""
        cluster lab › host node › unit docker.service: ExecStart=/usr/bin/docker daemon -H fd:// runs 'docker\
         daemon', which Docker 17.12 removed (dockerd replaced it in 1.13), so the service fails to start\
         [docker-daemon-command]
          hint: write .replaceExecStart("/usr/bin/dockerd -H fd://") instead"""), warnings(generation));
  }

  @Test
  void containerdsOwnUnitIsTypedLineForLine() {
    var generation = generate(p -> p.unit(containerdService()));
    assertEquals("""
        [Unit]
        Description=containerd container runtime
        Documentation=https://containerd.io
        After=network.target

        [Service]
        ExecStartPre=-/sbin/modprobe overlay
        ExecStart=/usr/local/bin/containerd
        Restart=always
        KillMode=process
        LimitNPROC=infinity
        LimitCORE=infinity
        LimitNOFILE=1048576
        Delegate=yes
        TasksMax=infinity

        [Install]
        WantedBy=multi-user.target
        """, file(generation, "etc/systemd/system/containerd.service"));
    assertEquals(List.of(), warnings(generation));
  }

  @Test
  void kindsConfigTomlWithAHandlerAProxyPluginCriFlagsAndAMirror() {
    var generation = generate(p -> p.containerd(kind(2)));
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.discard_unpacked_layers = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.base_runtime_spec = '/etc/containerd/cri-base.json'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = false
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.test-handler.options.SystemdCgroup = false
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.test-handler.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.snapshotter = 'overlayfs'
        plugins.'io.containerd.grpc.v1.cri'.registry.config_path = '/etc/containerd/certs.d'
        plugins.'io.containerd.grpc.v1.cri'.restrict_oom_score_adj = false
        plugins.'io.containerd.grpc.v1.cri'.sandbox_image = 'k8s.gcr.io/pause:3.6'
        plugins.'io.containerd.grpc.v1.cri'.tolerate_missing_hugetlb_controller = true
        proxy_plugins.fuse-overlayfs.address = '/run/containerd-fuse-overlayfs.sock'
        proxy_plugins.fuse-overlayfs.type = 'snapshot'
        """, file(generation, "etc/containerd/config.toml"));
    assertEquals(KIND_HOSTS, file(generation, "etc/containerd/certs.d/k8s.gcr.io/hosts.toml"));
    assertEquals(List.of(), warnings(generation));
  }

  private static final String KIND_HOSTS = """
      server = 'https://k8s.gcr.io'
      host.'https://registry.k8s.io'.capabilities = ['pull', 'resolve']
      """;

  @Test
  void kindsConfigTomlAsVersion3() {
    var generation = generate(p -> p.containerd(kind(3)));
    assertEquals("""
        version = 3
        plugins.'io.containerd.cri.v1.images'.discard_unpacked_layers = true
        plugins.'io.containerd.cri.v1.images'.pinned_images.sandbox = 'k8s.gcr.io/pause:3.6'
        plugins.'io.containerd.cri.v1.images'.registry.config_path = '/etc/containerd/certs.d'
        plugins.'io.containerd.cri.v1.images'.snapshotter = 'overlayfs'
        plugins.'io.containerd.cri.v1.runtime'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.base_runtime_spec = '/etc/containerd/cri-base.json'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options.SystemdCgroup = false
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.test-handler.options.SystemdCgroup = false
        plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.test-handler.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.cri.v1.runtime'.restrict_oom_score_adj = false
        plugins.'io.containerd.cri.v1.runtime'.tolerate_missing_hugetlb_controller = true
        proxy_plugins.fuse-overlayfs.address = '/run/containerd-fuse-overlayfs.sock'
        proxy_plugins.fuse-overlayfs.type = 'snapshot'
        """, file(generation, "etc/containerd/config.toml"));
    assertEquals(KIND_HOSTS, file(generation, "etc/containerd/certs.d/k8s.gcr.io/hosts.toml"));
  }

  @Test
  void stargzSnapshotterThroughProxyPlugins() {
    var generation = generate(p -> p.containerd(stargz()));
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = false
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.test-handler.options.SystemdCgroup = false
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.test-handler.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.containerd.snapshotter = 'stargz'
        plugins.'io.containerd.transfer.v1.local'.unpack_config = [{platform = 'linux', snapshotter = 'stargz'}]
        proxy_plugins.stargz.address = '/run/containerd-stargz-grpc/containerd-stargz-grpc.sock'
        proxy_plugins.stargz.exports.enable_remote_snapshot_annotations = 'true'
        proxy_plugins.stargz.exports.root = '/var/lib/containerd-stargz-grpc/'
        proxy_plugins.stargz.type = 'snapshot'
        """, file(generation, "etc/containerd/config.toml"));
  }

  /**
   * The {@code hosts.toml} example of containerd/containerd {@code docs/hosts.md} (Apache-2.0) for
   * docker.io, with its header and TLS options: hosts in the order containerd tries them, then runc's
   * own binary and state directory.
   */
  @Test
  void dockerHubMirrorsInTheOrderContainerdTriesThem() {
    var generation = generate(p -> p.containerd(Containerd.create()
        .runcBinaryName("/usr/local/sbin/runc").runcRoot("/run/containerd/runc")
        .registry(Registry.named("docker.io").server("https://registry-1.docker.io")
            .host(RegistryHost.of("https://public-mirror.example.com").capabilities(RegistryCapability.PULL))
            .host(RegistryHost.of("https://docker-mirror.internal")
                .capabilities(RegistryCapability.PULL, RegistryCapability.RESOLVE)
                .ca("/etc/containerd/certs.d/docker.io/docker-mirror.crt")
                .header("x-custom-1", "custom header"))
            .host(RegistryHost.of("https://test-2.registry").skipVerify(true)))));
    assertEquals("""
        server = 'https://registry-1.docker.io'
        host.'https://public-mirror.example.com'.capabilities = ['pull']
        host.'https://docker-mirror.internal'.capabilities = ['pull', 'resolve']
        host.'https://docker-mirror.internal'.ca = '/etc/containerd/certs.d/docker.io/docker-mirror.crt'
        host.'https://docker-mirror.internal'.header.x-custom-1 = ['custom header']
        host.'https://test-2.registry'.capabilities = ['pull', 'resolve', 'push']
        host.'https://test-2.registry'.skip_verify = true
        """, file(generation, "etc/containerd/certs.d/docker.io/hosts.toml"));
    assertEquals("""
        version = 2
        plugins.'io.containerd.grpc.v1.cri'.containerd.default_runtime_name = 'runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.BinaryName = '/usr/local/sbin/runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.Root = '/run/containerd/runc'
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.SystemdCgroup = true
        plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.runtime_type = 'io.containerd.runc.v2'
        plugins.'io.containerd.grpc.v1.cri'.registry.config_path = '/etc/containerd/certs.d'
        """, file(generation, "etc/containerd/config.toml"));
  }

  /**
   * The {@code daemon.json} of Kubernetes' container-runtimes page for Docker (kubernetes/website
   * {@code content/en/docs/setup/production-environment/container-runtimes.md}, 1.20, CC-BY-4.0), with the
   * keys homelab files add to it: address pools, parallel pulls, no userland proxy, metrics, IPv6 and the
   * NVIDIA runtime; all typed.
   */
  static DockerDaemon kubernetesDocsDaemonJson() {
    return DockerDaemon.create()
        .cgroupDriver(CgroupDriver.SYSTEMD)
        .logDriver(LogDriver.JSON_FILE)
        .logOpt("max-size", "100m")
        .storageDriver(StorageDriver.OVERLAY2)
        .defaultAddressPool("10.10.0.0/16", 24)
        .maxConcurrentDownloads(10)
        .userlandProxy(false)
        .liveRestore(true)
        .metricsAddress("127.0.0.1:9323")
        .ipv6(true)
        .fixedCidrV6("2001:db8:1::/64")
        .shutdownTimeout(Duration.ofSeconds(30))
        .runtime("nvidia", "nvidia-container-runtime")
        .defaultRuntime("nvidia");
  }

  @Test
  void kubernetesDocsDaemonJsonWithTheKeysHomelabsAdd() {
    var generation = generate(p -> p.docker(kubernetesDocsDaemonJson()));
    assertEquals("""
        {
          "default-address-pools": [
            {
              "base": "10.10.0.0/16",
              "size": 24
            }
          ],
          "default-runtime": "nvidia",
          "exec-opts": [
            "native.cgroupdriver=systemd"
          ],
          "fixed-cidr-v6": "2001:db8:1::/64",
          "ipv6": true,
          "live-restore": true,
          "log-driver": "json-file",
          "log-opts": {
            "max-size": "100m"
          },
          "max-concurrent-downloads": 10,
          "metrics-addr": "127.0.0.1:9323",
          "runtimes": {
            "nvidia": {
              "path": "nvidia-container-runtime"
            }
          },
          "shutdown-timeout": 30,
          "storage-driver": "overlay2",
          "userland-proxy": false
        }
        """, generation.files().text("lab/hosts/node/etc/docker/daemon.json"));
    assertEquals("daemon.json key 'runtimes' has a typed method on DockerDaemon; use it",
        assertThrows(IllegalArgumentException.class, () -> DockerDaemon.create()
            .option("runtimes", OptionValue.table(Map.of()))).getMessage());
    assertEquals("default runtime 'crun' is neither runc nor a declared runtime; add it with runtime(name, path) first",
        assertThrows(IllegalArgumentException.class, () -> DockerDaemon.create().defaultRuntime("crun")).getMessage());
  }

  @Test
  void theRealToolsReadEveryFile(@TempDir Path temp) throws Exception {
    Validators.assumeInstalled();
    var cases = List.<Consumer<HostProfile.Builder>>of(p -> p.unit(mobyDockerService()),
        p -> p.unit(docker111Service()), p -> p.unit(containerdService()), p -> p.containerd(kind(2)),
        p -> p.containerd(kind(3)), p -> p.containerd(stargz()), p -> p.docker(kubernetesDocsDaemonJson()));
    int count = 0;
    for (Consumer<HostProfile.Builder> settings : cases) {
      var files = generate(settings).files();
      for (String path : files.paths()) {
        if (path.contains("/hosts/") && !path.endsWith("hosts.toml")) {
          var target = temp.resolve("case-" + count).resolve(path);
          Files.createDirectories(target.getParent());
          Files.write(target, files.bytes(path));
        }
      }
      count++;
    }
    var result = Validators.run(Validators.HOME.resolve("validate-all").toString(), temp.toString());
    assertTrue(result.output().contains("7 passed, 0 failed"), result.output());
    assertEquals(0, result.status(), result.output());
  }

  @Test
  void misusedHostValuesAreRefusedAtTheCallSite() {
    assertEquals("sha256 is not 64 hex digits: 'abc'",
        assertThrows(IllegalArgumentException.class, () -> CriDockerd.deb(CriDockerdCluster.CRI_DOCKERD.url(), "abc"))
            .getMessage());
    assertEquals("url is not an https URL of a .deb without query or spaces: 'http://example.com/x.deb'",
        assertThrows(IllegalArgumentException.class, () -> CriDockerd.deb("http://example.com/x.deb",
            CriDockerdCluster.CRI_DOCKERD.sha256())).getMessage());
    assertEquals("host profile docker installs cri-dockerd but configures no Docker: set docker(DockerDaemon) too",
        assertThrows(IllegalArgumentException.class, () -> HostProfile.named("docker",
            p -> p.criDockerd(CriDockerdCluster.CRI_DOCKERD))).getMessage());
    assertEquals("name is not a registry host ('docker.io', 'registry.lan:5000') nor '_default': 'Docker.io/'",
        assertThrows(IllegalArgumentException.class, () -> Registry.named("Docker.io/")).getMessage());
    assertEquals("registry docker.io has host https://m.example twice", assertThrows(IllegalArgumentException.class,
        () -> Registry.named("docker.io").host(RegistryHost.of("https://m.example")).host(RegistryHost.of("https://m.example")))
        .getMessage());
    assertEquals("registry docker.io is declared twice", assertThrows(IllegalArgumentException.class,
        () -> Containerd.create().registry(Registry.named("docker.io")).registry(Registry.named("docker.io")))
        .getMessage());
    assertEquals("capabilities needs at least one of pull, resolve, push", assertThrows(IllegalArgumentException.class,
        () -> RegistryHost.of("https://m.example").capabilities(new RegistryCapability[0])).getMessage());
    assertEquals("name is not an HTTP header name: 'x custom'", assertThrows(IllegalArgumentException.class,
        () -> RegistryHost.of("https://m.example").header("x custom", "v")).getMessage());
    assertEquals("config.toml key 'proxy_plugins.stargz' is or holds proxy_plugins.stargz.type, which"
        + " proxySnapshotter(name, address) writes; set it there", assertThrows(IllegalArgumentException.class,
        () -> stargz().option("proxy_plugins.stargz", OptionValue.table(Map.of()))).getMessage());
    assertEquals("config.toml key 'plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.Root' is"
        + " or holds a key with a typed method on Containerd"
        + " (plugins.io.containerd.grpc.v1.cri.containerd.runtimes.runc.options.Root); use it",
        assertThrows(IllegalArgumentException.class, () -> Containerd.create()
            .option("plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options.Root", "/x")).getMessage());
  }
}
