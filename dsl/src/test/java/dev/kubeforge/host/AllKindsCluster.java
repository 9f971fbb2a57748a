package dev.kubeforge.host;

import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Percent;
import dev.kubeforge.core.Size;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;

/**
 * Every kind of host file with most of its options set, so that the real validators see each rendered
 * form once: all six unit kinds, a deprecated directive through the escape hatch, Docker with TLS
 * verification, containerd's config version 3, journald with many keys. Part of the units follow seed
 * 002's Kubernetes units, written for a current host.
 */
public final class AllKindsCluster implements ClusterDefinition {

  @Override
  public Cluster define() {
    var kube = Slice.named("kube")
        .description("Kubernetes control plane")
        .before(UnitName.SLICES_TARGET)
        .memoryMax(Percent.of(80))
        .memoryHigh(Size.gib(10))
        .cpuQuota(Percent.of(200))
        .ioWeight(200)
        .directive("Slice", "CPUShares", "2048");

    var master = Target.named("kubernetes-master")
        .description("Kubernetes Cluster Master")
        .documentation("https://kubernetes.io/docs/")
        .requires(UnitName.of("etcd.service"))
        .after(UnitName.of("etcd.service"), UnitName.NETWORK_ONLINE_TARGET)
        .wants(UnitName.NETWORK_ONLINE_TARGET)
        .condition(Condition.host("cp-1"))
        .wantedBy(UnitName.MULTI_USER_TARGET);

    var download = Service.named("kubernetes-download")
        .description("Download Kubernetes binaries")
        .after(UnitName.NETWORK_ONLINE_TARGET)
        .wants(UnitName.NETWORK_ONLINE_TARGET)
        .type(ServiceType.ONESHOT)
        .environmentFile("/etc/kubernetes.env")
        .execStartPre("/bin/mkdir -p /opt/bin")
        .execStart("/bin/bash -c \"curl --silent --location $KUBE_RELEASE_TARBALL | tar xz -C /tmp\"")
        .execStart("/bin/tar xzf /tmp/kubernetes/server/kubernetes-server-linux-amd64.tar.gz -C /opt")
        .execStartPost("/bin/rm -rf /tmp/kubernetes")
        .remainAfterExit(true)
        .wantedBy(master.name());

    var etcd = Service.named("etcd")
        .description("etcd key-value store")
        .documentation("https://etcd.io/docs/", "man:etcd(1)")
        .after(UnitName.NETWORK_ONLINE_TARGET, download.name())
        .wants(UnitName.NETWORK_ONLINE_TARGET)
        .condition(Condition.fileIsExecutable("/usr/local/bin/etcd"))
        .condition(Condition.pathExists("/etc/etcd/etcd.conf.yml").asAssertion())
        .type(ServiceType.NOTIFY)
        .environment("ETCD_UNSUPPORTED_ARCH", "")
        .environment("GREETING", "say \"hi\" at 100%")
        .execStart("/usr/local/bin/etcd --config-file=/etc/etcd/etcd.conf.yml")
        .restart(Restart.ALWAYS)
        .restartSec(Duration.ofSeconds(10))
        .timeoutStartSec(Duration.ofMinutes(5))
        .limit(ProcessLimit.NOFILE, 65536)
        .limitInfinity(ProcessLimit.MEMLOCK)
        .oomScoreAdjust(-999)
        .user("etcd")
        .group("etcd")
        .workingDirectory("/var/lib/etcd")
        .killMode(KillMode.MIXED)
        .directive("Service", "ProtectSystem", "full")
        .directive("Service", "ReadWritePaths", "/var/lib/etcd")
        .directive("Service", "ReadWritePaths", "/run/etcd")
        .slice(kube)
        .cpuWeight(500)
        .tasksMax(4096)
        .wantedBy(UnitName.MULTI_USER_TARGET, master.name());

    var backup = Service.named("etcd-backup")
        .description("Snapshot etcd")
        .type(ServiceType.ONESHOT)
        .execStart("/usr/local/bin/etcdctl snapshot save /var/backups/etcd.db");

    var backupTimer = Timer.named("etcd-backup")
        .description("Snapshot etcd daily")
        .onCalendar("*-*-* 03:00:00")
        .onBootSec(Duration.ofMinutes(15))
        .persistent(true)
        .randomizedDelaySec(Duration.ofMinutes(30))
        .activates(backup.name())
        .wantedBy(UnitName.TIMERS_TARGET);

    var exporterSocket = Socket.named("node-exporter")
        .description("node exporter socket")
        .listenStream("9100")
        .socketMode(0660)
        .activates(UnitName.of("node-exporter.service"))
        .wantedBy(UnitName.SOCKETS_TARGET);

    var exporter = Service.named("node-exporter")
        .description("Prometheus node exporter")
        .requires(exporterSocket.name())
        .execStart("/usr/local/bin/node_exporter --web.systemd-socket")
        .slice(UnitName.SYSTEM_SLICE);

    var etcdData = Mount.at("/var/lib/etcd")
        .description("etcd data disk")
        .what("/dev/disk/by-label/etcd")
        .fileSystemType("ext4")
        .options("noatime")
        .timeoutSec(Duration.ofSeconds(30))
        .wantedBy(UnitName.LOCAL_FS_TARGET);

    var dockerService = DropIn.of("20-tls", Service.of(UnitName.DOCKER_SERVICE)
        .after(etcdData.name())
        .replaceExecStart("/usr/bin/dockerd --containerd=/run/containerd/containerd.sock")
        .limitInfinity(ProcessLimit.NOFILE));

    var docker = DockerDaemon.create()
        .host(DockerHost.fd())
        .host(DockerHost.tcp("0.0.0.0", 2376))
        .tls(DockerTls.verify(SecretValue.fromEnv("DOCKER_CA"), SecretValue.fromEnv("DOCKER_CERT"),
            SecretValue.fromEnv("DOCKER_KEY")))
        .cgroupDriver(CgroupDriver.SYSTEMD)
        .execOpt("native.umask=normal")
        .logDriver(LogDriver.LOCAL)
        .logOpt("max-size", "20m")
        .logOpt("max-file", "5")
        .logLevel(DockerLogLevel.WARN)
        .storageDriver(StorageDriver.OVERLAY2)
        .dataRoot("/var/lib/docker")
        .registryMirror("https://mirror.gcr.io")
        .insecureRegistry("registry.lab.internal:5000")
        .liveRestore(true)
        .defaultUlimit(ProcessLimit.NOFILE, 65536, 65536)
        .iptables(true)
        .bip("172.26.0.1/16")
        .mtu(1450)
        .dns("10.0.0.2")
        .feature("buildkit", true)
        .proxies(new DockerProxies("http://proxy.lab.internal:3128", "http://proxy.lab.internal:3128",
            "localhost,127.0.0.1,.lab.internal"))
        .maxConcurrentDownloads(5);

    var containerd = Containerd.create()
        .configVersion(3)
        .sandboxImage("registry.k8s.io/pause:3.10")
        .registryConfigPath("/etc/containerd/certs.d")
        .snapshotter(Snapshotter.OVERLAYFS)
        .root("/var/lib/containerd")
        .state("/run/containerd");

    var journald = Journald.create()
        .storage(Storage.PERSISTENT)
        .compress(true)
        .seal(false)
        .splitMode(SplitMode.UID)
        .syncIntervalSec(Duration.ofMinutes(5))
        .rateLimitIntervalSec(Duration.ofSeconds(30))
        .rateLimitBurst(10000)
        .systemMaxUse(Size.gib(4))
        .systemKeepFree(Size.gib(1))
        .systemMaxFileSize(Size.mib(128))
        .systemMaxFiles(100)
        .runtimeMaxUse(Size.mib(256))
        .maxRetentionSec(Duration.ofDays(30))
        .maxFileSec(Duration.ofDays(7))
        .forwardToSyslog(false)
        .forwardToWall(true)
        .maxLevelStore(SyslogLevel.DEBUG)
        .maxLevelWall(SyslogLevel.EMERG)
        .lineMax(Size.kib(48))
        .readKMsg(true);

    var controlPlane = HostProfile.named("control-plane", p -> p
        .units(kube, master, download, etcd, backup, backupTimer, exporterSocket, exporter, etcdData)
        .dropIn(dockerService)
        .docker(docker)
        .containerd(containerd)
        .journald(journald)
        .kubelet(Kubelet.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .sysctl(Sysctl.named("80-etcd").parameter("vm.swappiness", "1"))
        .kubernetesPrerequisites()
        .kernelModules(KernelModules.named("80-ipvs").modules("ip_vs", "ip_vs_rr"))
        .allow("deprecated-directive", "kept to show that CPUShares=2048 renders as CPUWeight=200"));

    return Cluster.named("lab")
        .controlPlane(Node.named("cp-1", n -> n.address("10.0.0.10").memory(Size.gib(16)).profile(controlPlane)))
        .build();
  }
}
