package dev.kubeforge.kubeadm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Cidr;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.kubeadm.config.Arg;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the kubeadm documents derive from the nodes and the settings, and how edits and freezing apply. */
class KubeadmDerivationTest {

  private static final HostProfile SYSTEMD = HostProfile.named("systemd", p -> p.containerd(Containerd.create())
      .kubelet(Kubelet.create()));
  private static final HostProfile CGROUPFS = HostProfile.named("cgroupfs", p -> p
      .containerd(Containerd.create().cgroupDriver(CgroupDriver.CGROUPFS)).kubelet(Kubelet.create()));

  @Test
  void ipv6EndpointsAreBracketedAndFlagsKeepTheirOrder() {
    var kubeadm = Cluster.named("v6").kubernetesVersion("1.32.1")
        .controlPlane(Node.named("cp", n -> n.address("fd00::10").profile(SYSTEMD)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16,fd00:10:244::/56").serviceSubnet("10.96.0.0/16,fd00:10:96::/112")
            .controllerManagerArg("node-cidr-mask-size-ipv6", "64").schedulerArg("v", "2").etcdArg("quota-backend-bytes", "8589934592")
            .certSANs("api.v6.example"))
        .build().kubeadm().orElseThrow();
    var cluster = kubeadm.clusterConfiguration();
    assertEquals("[fd00::10]:6443", cluster.controlPlaneEndpoint());
    assertEquals("v1.32.1", cluster.kubernetesVersion());
    assertEquals(List.of("fd00::10", "cp", "api.v6.example"), cluster.apiServer().certSANs());
    assertEquals(List.of(Arg.of("node-cidr-mask-size-ipv6", "64")), cluster.controllerManager().extraArgs());
    assertEquals(List.of(Arg.of("v", "2")), cluster.scheduler().extraArgs());
    assertEquals(List.of(Arg.of("quota-backend-bytes", "8589934592")), cluster.etcd().local().extraArgs());
    assertEquals("10.244.0.0/16,fd00:10:244::/56", kubeadm.kubeProxyConfiguration().orElseThrow().clusterCIDR());
  }

  @Test
  void subnetsAndAddressesStayTypedAndAreWrittenCanonically() {
    var kubeadm = Cluster.named("v6").kubernetesVersion("1.32.1")
        .controlPlane(Node.named("cp", n -> n.address("FD00:0:0::10").profile(SYSTEMD)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16, fd00:10:244::/56").serviceSubnet(List.of(Cidr.parse("10.96.0.0/16"))))
        .build().kubeadm().orElseThrow();
    assertEquals(List.of(Cidr.parse("10.244.0.0/16"), Cidr.parse("fd00:10:244::/56")), kubeadm.podSubnet());
    assertEquals(List.of(Cidr.parse("10.96.0.0/16")), kubeadm.serviceSubnet());
    assertEquals("10.244.0.0/16,fd00:10:244::/56", kubeadm.clusterConfiguration().networking().podSubnet());
    assertEquals(IpAddress.parse("fd00::10"), kubeadm.nodes().get(0).node().address().orElseThrow());
    assertEquals("[fd00::10]:6443", kubeadm.clusterConfiguration().controlPlaneEndpoint());
    assertEquals(List.of(Arg.of("node-ip", "fd00::10")), kubeadm.nodes().get(0).registration().kubeletExtraArgs());
  }

  @Test
  void anEditedSubnetIsParsedAndAnUnparsableOneRefused() {
    var edited = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(SYSTEMD)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")
            .clusterConfiguration(c -> c.networking(n -> n.podSubnet("10.32.0.0/12"))))
        .build().kubeadm().orElseThrow();
    assertEquals(List.of(Cidr.parse("10.32.0.0/12")), edited.podSubnet());
    assertEquals(List.of(), edited.serviceSubnet(), "unset: kubeadm's default applies");
    var broken = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(SYSTEMD)))
        .kubeadm(k -> k.clusterConfiguration(c -> c.networking(n -> n.serviceSubnet("10.96.0.0"))));
    assertEquals("clusterConfiguration(..) set networking.serviceSubnet to '10.96.0.0', not a list of CIDR ranges:"
        + " not a CIDR range: '10.96.0.0' (address/prefix, such as 10.244.0.0/16)",
        assertThrows(IllegalArgumentException.class, broken::build).getMessage());
  }

  @Test
  void aNodeWhoseRuntimeDiffersGetsItsOwnCgroupDriverFlag() {
    var kubeadm = Cluster.named("mixed").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(SYSTEMD)))
        .workers(Node.named("old", n -> n.address("10.0.0.2").profile(CGROUPFS)))
        .kubeadm(k -> k.controlPlaneTaint(false))
        .build().kubeadm().orElseThrow();
    assertEquals("systemd", kubeadm.kubeletConfiguration().cgroupDriver().value());
    assertEquals(List.of(Arg.of("node-ip", "10.0.0.2"), Arg.of("cgroup-driver", "cgroupfs")),
        kubeadm.nodes().get(1).registration().kubeletExtraArgs());
    assertEquals(List.of(), kubeadm.nodes().get(0).registration().taints(), "controlPlaneTaint(false): taints: []");
    assertNull(kubeadm.nodes().get(1).registration().taints(), "a worker without taints leaves kubeadm's default");
  }

  @Test
  void declaredTaintsReplaceTheControlPlaneDefault() {
    var kubeadm = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(SYSTEMD)
            .taint(Taint.of("dedicated", "control", TaintEffect.NO_EXECUTE))))
        .kubeadm(k -> k.clusterConfiguration(c -> c.proxy(p -> p.disabled(true))))
        .build().kubeadm().orElseThrow();
    var taint = kubeadm.nodes().get(0).registration().taints().get(0);
    assertEquals(List.of("dedicated", "control", "NoExecute"), List.of(taint.getKey(), taint.getValue(), taint.getEffect()));
    assertTrue(kubeadm.kubeProxyConfiguration().isEmpty(), "no kube-proxy document when the add-on is disabled");
    assertEquals(3, kubeadm.documents(kubeadm.nodes().get(0)).size());
  }

  @Test
  void theBuiltModelIsFrozen() {
    var kubeadm = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(SYSTEMD)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16"))
        .build().kubeadm().orElseThrow();
    assertEquals("cluster t is already built", assertThrows(IllegalStateException.class,
        () -> kubeadm.clusterConfiguration().networking().podSubnet("10.0.0.0/8")).getMessage());
    assertEquals("cluster t is already built", assertThrows(IllegalStateException.class,
        () -> ((InitConfiguration) kubeadm.nodes().get(0).document()).dryRun(true)).getMessage());
  }

  @Test
  void misuseThrowsAtTheCallSite() {
    var builder = Cluster.named("t").controlPlane(Node.named("cp", n -> n.profile(SYSTEMD)));
    assertEquals("not a CIDR range: '10.244.0.0' (address/prefix, such as 10.244.0.0/16)",
        assertThrows(IllegalArgumentException.class, () -> builder.kubeadm(k -> k.podSubnet("10.244.0.0"))).getMessage());
    assertEquals("podSubnet is one range or an IPv4 and an IPv6 range, was '10.244.0.0/16,10.245.0.0/16'",
        assertThrows(IllegalArgumentException.class,
            () -> builder.kubeadm(k -> k.podSubnet("10.244.0.0/16,10.245.0.0/16"))).getMessage());
    assertEquals("serviceSubnet is one range or an IPv4 and an IPv6 range, was ''",
        assertThrows(IllegalArgumentException.class, () -> builder.kubeadm(k -> k.serviceSubnet(List.of()))).getMessage());
    assertEquals("a flag name has no leading dashes: '--v'",
        assertThrows(IllegalArgumentException.class, () -> builder.kubeadm(k -> k.apiServerArg("--v", "2"))).getMessage());
    var stranger = Node.named("stranger", n -> {});
    builder.kubeadm(k -> k.kubeletVersion(stranger.name(), "1.30"));
    assertEquals("kubeletVersion(..) names node stranger, which cluster t does not have; add it with controlPlane(..)"
        + " or workers(..)", assertThrows(IllegalArgumentException.class, builder::build).getMessage());
  }
}
