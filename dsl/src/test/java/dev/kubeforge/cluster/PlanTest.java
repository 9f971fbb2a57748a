package dev.kubeforge.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.kubeadm.NodeConfig;
import dev.kubeforge.secret.SecretValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Cluster.Builder#build()} plans, for checks and renderers alike: host files and node setups. */
class PlanTest {

  private static final SecretValue TOKEN = SecretValue.fromEnv("KUBEADM_TOKEN");
  private static final SecretValue HASH = SecretValue.fromEnv("KUBEADM_CA_CERT_HASH");
  private static final SecretValue PASSWORD = SecretValue.fromEnv("REGISTRY_PASSWORD");

  private static final HostProfile NODE = HostProfile.named("node", p -> p
      .containerd(Containerd.create())
      .docker(DockerDaemon.create())
      .journald(Journald.create())
      .unit(Service.named("backup").execStart("/usr/local/bin/backup").wantedBy(UnitName.MULTI_USER_TARGET))
      .dropIn(DropIn.of("10-proxy", Service.of(UnitName.DOCKER_SERVICE).environment("HTTP_PROXY", "http://p:3128")))
      .kubelet(Kubelet.create())
      .kubernetesPrerequisites());

  private static Cluster cluster() {
    return Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2").profile(NODE)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16").bootstrapToken(TOKEN).caCertHash(HASH))
        .cloudInit(c -> c.file(CloudInit.File.of("/etc/motd", "hello\n"))
            .file(CloudInit.File.secret("/etc/registry-password", PASSWORD)))
        .build();
  }

  @Test
  void eachProfileFileIsPlannedWithWhatItIs() {
    var cluster = cluster();
    assertEquals(List.of(
            "etc/containerd/config.toml ContainerdConfig",
            "etc/docker/daemon.json DockerConfig",
            "etc/modules-load.d/90-kubernetes.conf ModulesConfig",
            "etc/sysctl.d/90-kubernetes.conf SysctlConfig",
            "etc/systemd/journald.conf.d/10-kubeforge.conf JournaldDropIn",
            "etc/systemd/system/backup.service Unit",
            "etc/systemd/system/docker.service.d/10-proxy.conf UnitDropIn",
            "etc/systemd/system/kubelet.service.d/10-kubeadm.conf UnitDropIn"),
        cluster.hostFiles(NODE).stream()
            .map(f -> f.path() + " " + f.content().getClass().getSimpleName()).toList());
    assertEquals(List.of(), cluster.hostFiles(HostProfile.named("unused", p -> {})));
  }

  @Test
  void eachNodeSetupIsPlannedAtBuild() {
    var cluster = cluster();
    var worker = cluster.nodes().get(1);
    var setup = cluster.setup(worker);
    assertEquals("w1", setup.hostname());
    assertEquals(cluster.path(worker), setup.path());
    var files = setup.files().stream()
        .map(f -> f.path() + " " + f.content().getClass().getSimpleName() + (f.ofPackage() ? " deferred" : ""))
        .toList();
    assertEquals(List.of(
            "/etc/containerd/config.toml Host deferred",
            "/etc/docker/daemon.json Host deferred",
            "/etc/modules-load.d/90-kubernetes.conf Host deferred",
            "/etc/sysctl.d/90-kubernetes.conf Host deferred",
            "/etc/systemd/journald.conf.d/10-kubeforge.conf Host deferred",
            "/etc/systemd/system/backup.service Host deferred",
            "/etc/systemd/system/docker.service.d/10-proxy.conf Host deferred",
            "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf Host deferred",
            "/etc/motd Text",
            "/etc/registry-password Secret",
            "/etc/kubernetes/kubeadm-config.yaml KubeadmConfig"),
        files);
    var kubeadm = (NodeSetup.KubeadmConfig) setup.files().get(10).content();
    assertEquals(NodeConfig.Role.JOIN_WORKER, kubeadm.config().role());
    assertEquals(List.of("containerd", "docker.io", "kubelet", "kubeadm", "kubectl"),
        setup.packages().stream().map(NodeSetup.Package::name).toList());
    assertEquals(List.of("LoadModules", "ApplySysctl", "DaemonReload", "RestartUnits", "EnableUnits", "SwapOff",
            "HoldPackages", "KubeadmJoin"),
        setup.steps().stream().map(step -> step.getClass().getSimpleName()).toList());
    assertEquals(new Step.RestartUnits(List.of("containerd.service", "docker.service", "systemd-journald.service")),
        setup.steps().get(3));
    assertEquals(new Step.EnableUnits(List.of("backup.service")), setup.steps().get(4));
    assertEquals(List.of(PASSWORD, HASH, TOKEN), setup.secrets(), "secret files first, then kubeadm's, fields sorted");
  }

  @Test
  void aNodeOfAnotherClusterHasNoSetupHere() {
    var cluster = cluster();
    var thrown = assertThrows(IllegalArgumentException.class, () -> cluster.setup(Node.named("elsewhere", n -> {})));
    assertEquals("node elsewhere is not a node of cluster t", thrown.getMessage());
  }
}
