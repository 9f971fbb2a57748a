package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.DockerTls;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.host.Mount;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.Restart;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.ServiceType;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.Socket;
import dev.kubeforge.host.Sysctl;
import dev.kubeforge.host.Target;
import dev.kubeforge.host.Timer;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.secret.SecretValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad input for every host check, asserting each problem whole: severity, path, message, id and hint. */
class HostChecksTest {

  private static final DropIn DOCKERD_WITHOUT_FLAGS = DropIn.of("10-kubeforge", Service.of(UnitName.DOCKER_SERVICE)
      .replaceExecStart("/usr/bin/dockerd --containerd=/run/containerd/containerd.sock"));

  @Test
  void dockerTcpWithoutTls() {
    var docker = DockerDaemon.create().host(DockerHost.tcp("0.0.0.0", 2375)).host(DockerHost.unix("/var/run/docker.sock"));
    var profile = HostProfile.named("worker", p -> p.docker(docker).dropIn(DOCKERD_WITHOUT_FLAGS));
    assertEquals(List.of(withoutTlsVerification("tcp://0.0.0.0:2375")), problems(profile));
  }

  @Test
  void dockerTcpWithTlsButNoClientVerification() {
    var docker = DockerDaemon.create().host(DockerHost.tcp("0.0.0.0", 2376))
        .tls(DockerTls.encryptOnly(SecretValue.fromEnv("DOCKER_CERT"), SecretValue.fromEnv("DOCKER_KEY")));
    var profile = HostProfile.named("worker", p -> p.docker(docker).dropIn(DOCKERD_WITHOUT_FLAGS));
    assertEquals(List.of(withoutTlsVerification("tcp://0.0.0.0:2376")), problems(profile));
  }

  private static String withoutTlsVerification(String host) {
    return "error: cluster prod › host worker › docker: host '" + host + "' accepts connections without TLS"
        + " verification, which gives root on the host to anyone who can reach it [docker-tcp-without-tls]\n"
        + "  hint: DockerDaemon.tls(DockerTls.verify(caCert, cert, key)) on port 2376, a unix socket only,"
        + " or allow(\"docker-tcp-without-tls\", reason)";
  }

  @Test
  void dockerTcpWithTlsVerificationOrAnAllowanceIsAccepted() {
    var docker = DockerDaemon.create().host(DockerHost.tcp("0.0.0.0", 2376));
    var verified = HostProfile.named("worker", p -> p.dropIn(DOCKERD_WITHOUT_FLAGS)
        .docker(docker.tls(DockerTls.verify(SecretValue.fromEnv("DOCKER_CA"), SecretValue.fromEnv("DOCKER_CERT"),
            SecretValue.fromEnv("DOCKER_KEY")))));
    var allowed = HostProfile.named("worker", p -> p.dropIn(DOCKERD_WITHOUT_FLAGS).docker(docker.tls(DockerTls.disabled()))
        .allow("docker-tcp-without-tls", "a lab network nobody else reaches"));
    assertEquals(List.of(), problems(verified));
    assertEquals(List.of(), problems(allowed));
  }

  @Test
  void dockerHostsWhileThePackagedUnitPassesH() {
    var profile = HostProfile.named("worker", p -> p.docker(DockerDaemon.create().host(DockerHost.unix("/var/run/docker.sock"))));
    assertEquals(List.of("""
        error: cluster prod › host worker › docker: hosts are set in daemon.json, but docker.service starts\
         '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock'; dockerd refuses to start\
         when a setting is both a flag and in daemon.json [docker-hosts-conflict]
          hint: DropIn.of("10-kubeforge", Service.of(UnitName.DOCKER_SERVICE).replaceExecStart(\
        "/usr/bin/dockerd --containerd=/run/containerd/containerd.sock"))"""), problems(profile));
  }

  @Test
  void cgroupDriverOfDockerDiffersFromContainerd() {
    var profile = HostProfile.named("worker", p -> p
        .docker(DockerDaemon.create().cgroupDriver(CgroupDriver.CGROUPFS))
        .containerd(Containerd.create()));
    assertEquals(List.of("""
        error: cluster prod › host worker › docker: cgroup driver 'cgroupfs' does not match containerd's\
         'systemd', which the kubelet follows [cgroup-driver-mismatch]
          hint: DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD)"""), problems(profile));
  }

  @Test
  void cgroupDriverOfTheKubeletDiffersFromTheRuntimes() {
    var profile = HostProfile.named("worker", p -> p
        .docker(DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .containerd(Containerd.create())
        .kubelet(Kubelet.create().cgroupDriver(CgroupDriver.CGROUPFS)));
    assertEquals(List.of("""
        error: cluster prod › host worker › containerd: cgroup driver 'systemd' does not match the kubelet's\
         'cgroupfs' [cgroup-driver-mismatch]
          hint: Containerd.create().cgroupDriver(CgroupDriver.CGROUPFS)""", """
        error: cluster prod › host worker › docker: cgroup driver 'systemd' does not match the kubelet's\
         'cgroupfs' [cgroup-driver-mismatch]
          hint: DockerDaemon.create().cgroupDriver(CgroupDriver.CGROUPFS)"""), problems(profile));
  }

  @Test
  void sliceAndCgroupParentNameUndeclaredSlices() {
    var profile = HostProfile.named("worker", p -> p
        .dropIn(DropIn.of("10-slice", Service.of(UnitName.DOCKER_SERVICE).slice(UnitName.of("container.slice"))))
        .docker(DockerDaemon.create().cgroupParent("container.slice"))
        .unit(Service.named("exporter").execStart("/usr/bin/exporter").slice(UnitName.SYSTEM_SLICE)));
    assertEquals(List.of("""
        error: cluster prod › host worker › docker: cgroup-parent 'container.slice' names a slice this profile\
         does not declare [undeclared-slice]
          hint: declare it with HostProfile.slice(Slice.named("container")), or use one the OS ships\
         (system.slice, machine.slice)""", """
        error: cluster prod › host worker › drop-in docker.service.d/10-slice.conf: Slice=container.slice\
         names a slice this profile does not declare [undeclared-slice]
          hint: declare it with HostProfile.slice(Slice.named("container")), or use one the OS ships\
         (system.slice, machine.slice)"""), problems(profile));
  }

  @Test
  void dependencyOnAnUnknownUnit() {
    var profile = HostProfile.named("master", p -> p.unit(Target.named("kubernetes-master")
        .after(UnitName.of("etcd2.service"), UnitName.NETWORK_ONLINE_TARGET)
        .wantedBy(UnitName.of("kubernetes.target"))));
    assertEquals(List.of("""
        warning: cluster prod › host master › unit kubernetes-master.target: After=etcd2.service names a unit\
         this profile neither declares nor the OS ships [unknown-unit-dependency]
          hint: declare it with HostProfile.unit(..), or allow("unknown-unit-dependency", reason) when the OS\
         image ships it""", """
        warning: cluster prod › host master › unit kubernetes-master.target: WantedBy=kubernetes.target names a\
         unit this profile neither declares nor the OS ships [unknown-unit-dependency]
          hint: declare it with HostProfile.unit(..), or allow("unknown-unit-dependency", reason) when the OS\
         image ships it"""), problems(profile));
  }

  @Test
  void unitAndFileDeclaredTwice() {
    var profile = HostProfile.named("worker", p -> p
        .slice(Slice.named("container"))
        .slice(Slice.named("container").memoryMax(Size.gib(8)))
        .sysctl(Sysctl.kubernetes())
        .sysctl(Sysctl.named("90-kubernetes").parameter("vm.swappiness", "1")));
    assertEquals(List.of("""
        error: cluster prod › host worker › sysctl.d/90-kubernetes.conf: file sysctl.d/90-kubernetes.conf is\
         declared twice in this profile [duplicate-host-file]
          hint: give one of them another name, or merge them""", """
        error: cluster prod › host worker › unit container.slice: unit container.slice is declared twice in\
         this profile [duplicate-unit]
          hint: declare it once; combine the settings in one value"""), problems(profile));
  }

  @Test
  void unitsSystemdRefuses() {
    var profile = HostProfile.named("worker", p -> p.units(
        Service.named("no-exec").description("nothing to run"),
        Service.named("two-execs").execStart("/usr/bin/a").execStart("/usr/bin/b"),
        Service.named("oneshot-always").type(ServiceType.ONESHOT).execStart("/usr/bin/a").restart(Restart.ALWAYS),
        Timer.named("never"),
        Socket.named("nowhere"),
        Mount.at("/var/lib/data")));
    assertEquals(List.of("""
        error: cluster prod › host worker › unit never.timer: a timer needs a trigger; systemd refuses to load\
         it [invalid-unit]
          hint: .onCalendar("daily") or .onBootSec(..)""", """
        error: cluster prod › host worker › unit no-exec.service: a service needs ExecStart=; systemd refuses\
         to load it [invalid-unit]
          hint: .execStart("/usr/bin/example --flag")""", """
        error: cluster prod › host worker › unit nowhere.socket: a socket needs a Listen*= address; systemd\
         refuses to load it [invalid-unit]
          hint: .listenStream("/run/example.sock")""", """
        error: cluster prod › host worker › unit oneshot-always.service: a Type=oneshot service cannot have\
         Restart=always; systemd refuses to load it [invalid-unit]
          hint: .restart(Restart.ON_FAILURE)""", """
        error: cluster prod › host worker › unit two-execs.service: only Type=oneshot services may have several\
         ExecStart=, this one has 2 [invalid-unit]
          hint: .type(ServiceType.ONESHOT), or one ExecStart=""", """
        error: cluster prod › host worker › unit var-lib-data.mount: a mount needs What=; systemd refuses to\
         load it [invalid-unit]
          hint: .what("/dev/disk/by-label/data")"""), problems(profile));
  }

  @Test
  void dropInAddingASecondExecStart() {
    var profile = HostProfile.named("worker", p -> p
        .dropIn(DropIn.of("10-flags", Service.of(UnitName.CONTAINERD_SERVICE).execStart("/usr/bin/containerd --log-level debug"))));
    assertEquals(List.of("""
        error: cluster prod › host worker › drop-in containerd.service.d/10-flags.conf: adds ExecStart= to\
         containerd.service, which already has one; systemd refuses a second one outside Type=oneshot\
         [invalid-unit]
          hint: .replaceExecStart("/usr/bin/containerd --log-level debug") resets the command first"""),
        problems(profile));
  }

  @Test
  void memoryLimitAboveTheNodesMemory() {
    var profile = HostProfile.named("worker", p -> p.slice(Slice.named("container").memoryMax(Size.gib(48)).memoryHigh(Size.gib(40))));
    var cluster = Cluster.named("prod")
        .workers(Node.named("azure-prd-02", n -> n.profile(profile).memory(Size.gib(32))),
            Node.named("ded-prd-01", n -> n.profile(profile).memory(Size.gib(64))))
        .build();
    assertEquals(List.of("""
        error: cluster prod › node azure-prd-02 › host worker › unit container.slice: MemoryHigh=40G is above the\
         node's declared memory of 32G [memory-above-node]
          hint: lower it, or give a share of physical memory: memoryHigh(Percent.of(75))""", """
        error: cluster prod › node azure-prd-02 › host worker › unit container.slice: MemoryMax=48G is above the\
         node's declared memory of 32G [memory-above-node]
          hint: lower it, or give a share of physical memory: memoryMax(Percent.of(75))"""), problems(cluster));
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedDirectives() {
    var profile = HostProfile.named("worker", p -> p
        .slice(Slice.named("container").memoryLimit(Size.gib(48)))
        .unit(Service.named("batch").execStart("/usr/bin/batch").directive("Service", "CPUShares", "512")));
    assertEquals(List.of("""
        warning: cluster prod › host worker › unit batch.service: CPUShares=512 is deprecated; rendered as\
         CPUWeight=50 [deprecated-directive]
          hint: write .cpuWeight(..) instead""", """
        warning: cluster prod › host worker › unit container.slice: MemoryLimit=48G is deprecated; rendered as\
         MemoryMax=48G [deprecated-directive]
          hint: write .memoryMax(..) instead"""), problems(profile));
  }

  @Test
  void renamedMovedAndRemovedDirectivesWarnWithTodaysSpellingAndSection() {
    var profile = HostProfile.named("worker", p -> p
        .unit(Service.named("flaky").execStart("/usr/bin/flaky")
            .directive("Service", "StartLimitInterval", "60s")
            .directive("Service", "StartLimitBurst", "3")
            .directive("Unit", "RequiresOverridable", "network.target"))
        .slice(Slice.named("io").directive("Slice", "BlockIOReadBandwidth", "/dev/sda 10M")));
    assertEquals(List.of("""
        warning: cluster prod › host worker › unit flaky.service: RequiresOverridable= in [Unit] is removed; systemd\
         ignores it; today it is Requires= in [Unit] [deprecated-directive]
          hint: write .requires(UnitName...) instead""", """
        warning: cluster prod › host worker › unit flaky.service: StartLimitBurst= in [Service] is a deprecated\
         spelling, rendered as written; today it is StartLimitBurst= in [Unit] [deprecated-directive]
          hint: write .startLimitBurst(int) instead""", """
        warning: cluster prod › host worker › unit flaky.service: StartLimitInterval= in [Service] is a deprecated\
         spelling, rendered as written; today it is StartLimitIntervalSec= in [Unit] [deprecated-directive]
          hint: write .startLimitIntervalSec(Duration) instead""", """
        warning: cluster prod › host worker › unit io.slice: BlockIOReadBandwidth= in [Slice] is a deprecated\
         spelling, rendered as written; today it is IOReadBandwidthMax= in the same section [deprecated-directive]
          hint: write .directive(section, "IOReadBandwidthMax", ..) instead"""), problems(profile));
  }

  @Test
  void removedDockerdFlagsOnExecStartWarnToo() {
    // the 'move /var/lib/docker' recipe: -g on the packaged unit's command line
    var profile = HostProfile.named("worker", p -> p.docker(DockerDaemon.create())
        .dropIn(DropIn.of("10-execstart", Service.of(UnitName.DOCKER_SERVICE)
            .replaceExecStart("/usr/bin/dockerd -g /home/docker -H fd:// --cluster-store=consul://10.0.0.9:8500"
                + " --containerd=/run/containerd/containerd.sock"))));
    assertEquals(List.of("""
        warning: cluster prod › host worker › drop-in docker.service.d/10-execstart.conf: ExecStart= passes\
         '--cluster-store', which dockerd no longer knows, so the service fails to start [docker-removed-option]
          hint: removed in Docker 23.0 with legacy overlay networks; use Swarm mode or a CNI""", """
        warning: cluster prod › host worker › drop-in docker.service.d/10-execstart.conf: ExecStart= passes '-g',\
         which dockerd no longer knows, so the service fails to start [docker-removed-option]
          hint: removed in Docker 23.0; write .dataRoot(path) (data-root)"""), problems(profile));
  }

  @Test
  void removedDockerCommandAndDaemonJsonKeysWarnWithTodaysForm() {
    // a 2016 docker.service drop-in and daemon.json, as homelab guides still print them
    var profile = HostProfile.named("worker", p -> p
        .docker(DockerDaemon.create().option("graph", dev.kubeforge.host.OptionValue.of("/mnt/docker"))
            .option("disable-legacy-registry", dev.kubeforge.host.OptionValue.of(true)))
        .dropIn(DropIn.of("10-execstart", Service.of(UnitName.DOCKER_SERVICE)
            .replaceExecStart("/usr/bin/docker daemon -H fd:// --storage-driver=overlay2"))));
    assertEquals(List.of("""
        warning: cluster prod › host worker › docker: daemon.json key 'disable-legacy-registry' is no longer read by\
         dockerd, which refuses to start on unknown keys [docker-removed-option]
          hint: removed in Docker 17.12 with registry v1 support; drop it""", """
        warning: cluster prod › host worker › docker: daemon.json key 'graph' is no longer read by dockerd, which\
         refuses to start on unknown keys [docker-removed-option]
          hint: removed in Docker 23.0; write .dataRoot(path) (data-root)""", """
        warning: cluster prod › host worker › drop-in docker.service.d/10-execstart.conf: ExecStart=/usr/bin/docker\
         daemon -H fd:// --storage-driver=overlay2 runs 'docker daemon', which Docker 17.12 removed (dockerd replaced\
         it in 1.13), so the service fails to start [docker-daemon-command]
          hint: write .replaceExecStart("/usr/bin/dockerd -H fd:// --storage-driver=overlay2") instead"""),
        problems(profile));
  }

  @Test
  void nodeAddedTwiceAndTwoProfilesOfOneName() {
    var cluster = Cluster.named("prod")
        .controlPlane(Node.named("kube-master", n -> n.profile(HostProfile.named("worker", p -> {}))))
        .workers(Node.named("kube-master", n -> {}),
            Node.named("ded-prd-01", n -> n.profile(HostProfile.named("worker", p -> p.sysctl(Sysctl.kubernetes())))))
        .build();
    assertEquals(List.of("""
        error: cluster prod › node ded-prd-01 › host worker: differs from host profile 'worker' of node\
         kube-master; both would be rendered to hosts/worker [duplicate-host-profile]
          hint: give each profile its own name, or pass the same HostProfile value to both nodes""", """
        error: cluster prod › node kube-master: node kube-master is added twice [duplicate-node]
          hint: add each node once, with controlPlane(..) or workers(..)"""), problems(cluster));
  }

  @Test
  void unknownCheckIdOnAProfileIsReportedOnce() {
    var profile = HostProfile.named("worker", p -> p.allow("docker-tcp-without-tsl", "typo"));
    var cluster = Cluster.named("prod")
        .workers(Node.named("a", n -> n.profile(profile)), Node.named("b", n -> n.profile(profile))).build();
    var problems = problems(cluster);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("error: cluster prod › node a › host worker: allow(\"docker-tcp-without-tsl\", ..) names no check"
        + " [unknown-check-id]", problems.get(0).lines().findFirst().orElseThrow());
  }

  @Test
  void nodeAllowanceCoversItsProblems() {
    var profile = HostProfile.named("worker", p -> p.slice(Slice.named("container").memoryMax(Size.gib(48))));
    var cluster = Cluster.named("prod")
        .workers(Node.named("small", n -> n.profile(profile).memory(Size.gib(32))
            .allow("memory-above-node", "the slice only caps what fits; this node is being replaced")))
        .build();
    assertEquals(List.of(), problems(cluster));
  }

  private static List<String> problems(HostProfile profile) {
    return problems(Cluster.named("prod").workers(Node.named("azure-prd-02", n -> n.profile(profile))).build());
  }

  private static List<String> problems(Cluster cluster) {
    return Checks.run(cluster).stream()
        .map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p)
        .toList();
  }
}
