package dev.kubeforge.host;

import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Percent;
import dev.kubeforge.core.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Host values: what they accept, what they refuse at the call site, and what they derive. */
class HostValuesTest {

  private static String refused(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }

  @Test
  void sizesPrintAndParseInSystemdForm() {
    assertEquals("48G", Size.gib(48).toString());
    assertEquals("1536K", Size.kib(1536).toString());
    assertEquals("1000", Size.bytes(1000).toString());
    assertEquals(Size.mib(512), Size.parse("512M"));
    assertEquals("not a size: '48GB' (a whole number with an optional suffix K, M, G, T, P or E, such as 48G)",
        refused(() -> Size.parse("48GB")));
    assertEquals("size out of range: '8388608T'", refused(() -> Size.parse("8388608T")));
  }

  @Test
  void invalidUnitNamesAreRefusedWhereTheyAreWritten() {
    assertEquals("not a systemd unit name: 'etcd2' (letters, digits and ':_.\\-', an optional '@instance', then a"
        + " type suffix such as .service or .slice; at most 255)", refused(() -> UnitName.of("etcd2")));
    assertEquals("a service unit needs a .service name, was 'docker.slice'", refused(() -> Service.named("docker.slice")));
    assertEquals(UnitType.SERVICE, UnitName.of("getty@tty1.service").type());
    assertEquals("container.slice", Slice.named("container.slice").name().value());
  }

  @Test
  void optionsRefuseValuesSystemdWouldNot() {
    assertEquals("ExecStart= needs one line starting with an absolute program path, was 'dockerd'",
        refused(() -> Service.named("docker").execStart("dockerd")));
    assertEquals("MemoryMax= takes at most 100% of physical memory, was 120%",
        refused(() -> Slice.named("container").memoryMax(Percent.of(120))));
    assertEquals("CPUWeight= must be within 1..10000, was 0", refused(() -> Slice.named("s").cpuWeight(0)));
    assertEquals("not a directive key: 'Memory Max' (a letter, then letters and digits)",
        refused(() -> Slice.named("s").directive("Slice", "Memory Max", "1G")));
    assertEquals("CPUShares=lots is not a valid value for CPUShares (write cpuWeight(..) instead)",
        refused(() -> Slice.named("s").directive("Slice", "CPUShares", "lots")));
    assertEquals("not a drop-in name: '10-proxy.conf' (letters, digits and '_.-', without .conf, such as 10-kubeforge)",
        refused(() -> DropIn.of("10-proxy.conf", Service.of(UnitName.DOCKER_SERVICE))));
    assertEquals("daemon.json key 'hosts' has a typed method on DockerDaemon; use it",
        refused(() -> DockerDaemon.create().option("hosts", OptionValue.strings())));
  }

  @Test
  void dockerAddressesAreParsedAndWrittenCanonically() {
    assertEquals("tcp://[fd00::1]:2376", DockerHost.tcp("FD00:0::1", 2376).uri());
    assertEquals("tcp://0.0.0.0:2375", DockerHost.tcp("0.0.0.0", 2375).uri());
    assertEquals("not an IP address: 'docker.lab'", refused(() -> DockerHost.tcp("docker.lab", 2376)));
    assertEquals("a DNS server is an IP address, was '10.0.0.256'", refused(() -> DockerDaemon.create().dns("10.0.0.256")));
    assertEquals("bip is an IPv4 address with a prefix length, was 'fd00::1/64'",
        refused(() -> DockerDaemon.create().bip("fd00::1/64")));
    assertEquals("bip is an IPv4 address with a prefix length, was '999.1.1.1/16'",
        refused(() -> DockerDaemon.create().bip("999.1.1.1/16")));
    assertEquals("172.26.0.1/16", DockerDaemon.create().bip("172.26.0.1/16").bip().text());
  }

  @Test
  void escapeHatchesValidateTheirKeysWhereTheyAreWritten() {
    assertEquals("not a daemon.json key: 'Max Downloads' (lowercase letters, digits and '-', such as"
        + " max-concurrent-downloads)", refused(() -> DockerDaemon.create().option("Max Downloads", 3)));
    assertEquals("config.toml key 'plugins.\"io.containerd.grpc.v1.cri\".containerd' is or holds a key with a typed"
        + " method on Containerd (plugins.io.containerd.grpc.v1.cri.containerd.default_runtime_name); use it",
        refused(() -> Containerd.create().option("plugins.\"io.containerd.grpc.v1.cri\".containerd",
            OptionValue.table(Map.of()))));
    assertEquals("config.toml key 'version' is or holds a key with a typed method on Containerd (version); use it",
        refused(() -> Containerd.create().option("version", 3)));
    assertEquals("config.toml key 'root.x' is or holds a key with a typed method on Containerd (root); use it",
        refused(() -> Containerd.create().option("root.x", "y")));
    assertEquals("config.toml key 'grpc' overlaps option grpc.address; set one of them",
        refused(() -> Containerd.create().option("grpc.address", "/run/c.sock").option("grpc", OptionValue.table(Map.of()))));
    var notAKey = "' (parts of letters, digits, '_' and '-', or quoted, joined by '.', such as"
        + " plugins.\"io.containerd.grpc.v1.cri\".enable_unprivileged_ports)";
    for (String key : List.of("", "a..b", "a.", ".a", "plugins.io.containerd.grpc.v1.cri x", "a.\"b", "a.''", "k\u00e9y")) {
      assertEquals("not a TOML dotted key: '" + key + notAKey, refused(() -> Containerd.create().option(key, 1)));
    }
    assertEquals("[Journal] key 'Storage' has a typed method on Journald; use it",
        refused(() -> Journald.create().option("Storage", "volatile")));
    assertEquals("not a directive key: 'Forward To' (a letter, then letters and digits)",
        refused(() -> Journald.create().option("Forward To", "x")));
    assertEquals("Journal.ForwardToSocket value spans lines: 'a\nb' (write one directive per line)",
        refused(() -> Journald.create().option("ForwardToSocket", "a\nb")));
  }

  @Test
  void mountsAreNamedAfterTheirEscapedPath() {
    assertEquals("var-lib-k8s\\x2ddata.mount", Mount.at("/var/lib/k8s-data/").name().value());
    assertEquals("/var/lib/k8s-data", Mount.at("/var/lib/k8s-data/").where());
  }

  @Test
  void timeSpansUseTheLargestExactUnit() {
    var timer = Timer.named("t").onBootSec(Duration.ofSeconds(90)).onActiveSec(Duration.ofHours(2))
        .onUnitActiveSec(Duration.ofMillis(1500)).onUnitInactiveSec(Duration.ofDays(1));
    assertEquals(List.of("OnBootSec=90s", "OnActiveSec=2h", "OnUnitActiveSec=1500ms", "OnUnitInactiveSec=1d"),
        timer.directives().stream().map(Directive::toString).toList());
  }

  @Test
  void nodesValidateNamesAddressesAndLabels() {
    assertEquals("node name is not a DNS-1123 subdomain: 'Kube_Master' (lowercase letters, digits, '-' and '.',"
        + " at most 253)", refused(() -> Node.named("Kube_Master", n -> {})));
    assertEquals("node kube-master: not an IP address: '10.1.0.256'",
        refused(() -> Node.named("kube-master", n -> n.address("10.1.0.256"))));
    assertEquals("fd00::1", Node.named("n", n -> n.address("fd00::1")).address().toString());
    assertEquals("label value is not a label value: '-x' (at most 63 letters, digits and '-_.', starting and"
        + " ending alphanumeric)", refused(() -> Node.named("n", n -> n.label("workload", "-x"))));
    assertEquals("dedicated=etcd:NoSchedule", Taint.of("dedicated", "etcd", TaintEffect.NO_SCHEDULE).toString());
  }

  @Test
  void clusterPlacesNodesWithTheirRolesAndRendersEachProfileOnce() {
    var worker = HostProfile.named("worker", p -> p.containerd(Containerd.create()));
    var cluster = Cluster.named("prod")
        .workers(Node.named("w1", n -> n.profile(worker)), Node.named("w2", n -> n.profile(worker)))
        .controlPlane(Node.named("cp", n -> n.address("10.1.0.1").profile(worker)))
        .build();
    assertEquals(List.of("cp", "w1", "w2"), cluster.nodes().stream().map(Node::name).toList());
    assertEquals(List.of("cp"), cluster.controlPlaneNodes().stream().map(Node::name).toList());
    assertEquals(List.of("w1", "w2"), cluster.workerNodes().stream().map(Node::name).toList());
    assertEquals(List.of(worker), cluster.hostProfiles());
    var builder = Cluster.named("x");
    builder.build();
    assertEquals("cluster x is already built",
        assertThrows(IllegalStateException.class, () -> builder.workers(Node.named("late", n -> {}))).getMessage());
  }

  @Test
  void kubeletSettingsAreDerivedFromTheRuntime() {
    var docker = HostProfile.named("docker", p -> p.docker(DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD)));
    assertEquals(Optional.of(HostProfile.CRI_DOCKERD_SOCKET), docker.criSocket());
    assertEquals(Optional.of(CgroupDriver.SYSTEMD), docker.kubeletCgroupDriver());
    var both = HostProfile.named("docker", p -> p.docker(DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .containerd(Containerd.create().cgroupDriver(CgroupDriver.CGROUPFS)));
    assertEquals(Optional.of(HostProfile.CONTAINERD_SOCKET), both.criSocket());
    assertEquals(Optional.of(CgroupDriver.CGROUPFS), both.kubeletCgroupDriver());
    var pinned = HostProfile.named("docker", p -> p.docker(DockerDaemon.create().cgroupDriver(CgroupDriver.SYSTEMD))
        .containerd(Containerd.create().cgroupDriver(CgroupDriver.CGROUPFS))
        .kubelet(Kubelet.create().cgroupDriver(CgroupDriver.SYSTEMD).containerRuntimeEndpoint("unix:///run/crio/crio.sock")));
    assertEquals(Optional.of("unix:///run/crio/crio.sock"), pinned.criSocket());
    assertEquals(Optional.of(CgroupDriver.SYSTEMD), pinned.kubeletCgroupDriver());
    assertEquals(Optional.empty(), HostProfile.named("bare", p -> {}).criSocket());
  }
}
