package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Storage;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.kubeadm.config.APIEndpoint;
import dev.kubeforge.kubeadm.Cni;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A bad input for every kubeadm and node check, asserting each problem whole: severity, path, message, id, hint. */
class NodeBootstrapChecksTest {

  private static final HostProfile NODE = HostProfile.named("node", p -> p.containerd(Containerd.create())
      .kubelet(Kubelet.create()).kubernetesPrerequisites());
  private static final SecretValue TOKEN = SecretValue.fromEnv("KUBEADM_TOKEN");
  private static final SecretValue HASH = SecretValue.fromEnv("KUBEADM_CA_CERT_HASH");

  @Test
  void podSubnetOverlappingTheDefaultServiceSubnet() {
    assertEquals(List.of("""
        error: cluster t › kubeadm › networking: the pod subnet 10.96.0.0/16 overlaps the Service subnet 10.96.0.0/12\
         (kubeadm's default) [subnet-overlap]
          hint: give pods and Services disjoint ranges, such as podSubnet("10.244.0.0/16") with\
         serviceSubnet("10.96.0.0/12")"""),
        problems("subnet-overlap", single(k -> k.podSubnet("10.96.0.0/16"))));
  }

  @Test
  void nodeAddressInsideTheClusterRanges() {
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(Node.named("w1", n -> n.address("10.244.3.4").profile(NODE)), Node.named("w2", n -> n.address("172.20.0.9").profile(NODE)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16").serviceSubnet("172.20.0.0/16").bootstrapToken(TOKEN).caCertHash(HASH))
        .build();
    var hint = "\n  hint: choose cluster ranges outside the nodes' network, with cluster.kubeadm(k -> k.podSubnet(..)"
        + ".serviceSubnet(..))";
    assertEquals(List.of(
        "error: cluster t › node w1: the node's address 10.244.3.4 lies in the pod subnet 10.244.0.0/16 [subnet-overlap]"
            + hint,
        "error: cluster t › node w2: the node's address 172.20.0.9 lies in the Service subnet 172.20.0.0/16"
            + " [subnet-overlap]" + hint),
        problems("subnet-overlap", cluster));
  }

  @Test
  void controlPlaneAddressOutsideTheCertificate() {
    var cluster = single(k -> k
        .initConfiguration(init -> init.localAPIEndpoint(APIEndpoint.create().advertiseAddress("10.0.0.9")))
        .clusterConfiguration(c -> c.apiServer(api -> api.certSANs(List.of("api.example.com")))));
    assertEquals(List.of("""
        error: cluster t › node cp: the node's address 10.0.0.1 is not in its API server certificate, which names\
         [api.example.com] and the advertise address 10.0.0.9 [node-address-outside-sans]
          hint: cluster.kubeadm(k -> k.certSANs("10.0.0.1")), or keep the advertise address at the node's address"""),
        problems("node-address-outside-sans", cluster));
  }

  @Test
  void kubeletsOutsideTheSupportedSkew() {
    var old = Node.named("old", n -> n.address("10.0.0.2").profile(NODE));
    var ahead = Node.named("ahead", n -> n.address("10.0.0.3").profile(NODE));
    var cluster = Cluster.named("t").kubernetesVersion("1.31.2")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(old, ahead)
        .kubeadm(k -> k.bootstrapToken(TOKEN).caCertHash(HASH).kubeletVersion(old.name(), "1.27").kubeletVersion(ahead.name(), "1.32"))
        .build();
    assertEquals(List.of("""
        error: cluster t › node ahead: the kubelet 1.32 is newer than the control plane 1.31.2; a kubelet may never be\
         ahead of the API server [version-skew]
          hint: upgrade the control plane first: cluster.kubernetesVersion("1.32")""", """
        error: cluster t › node old: the kubelet 1.27 is 4 minor releases behind the control plane 1.31.2; at most 3\
         are supported [version-skew]
          hint: upgrade the node's kubelet to 1.28 or newer"""),
        problems("version-skew", cluster));
  }

  @Test
  void cniDaemonSetWithoutTheControlPlaneToleration() {
    var builder = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2").profile(NODE)))
        .kubeadm(k -> k.bootstrapToken(TOKEN).caCertHash(HASH).cni(Cni.objectsIn("kube-flannel")));
    builder.namespace("kube-flannel").add(new DaemonSetBuilder()
        .withNewMetadata().withName("kube-flannel-ds").endMetadata()
        .withNewSpec().withNewSelector().addToMatchLabels("app", "flannel").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", "flannel").endMetadata()
        .withNewSpec().addNewContainer().withName("kube-flannel").withImage("ghcr.io/flannel-io/flannel:v0.26.1")
        .endContainer().addNewToleration().withKey("node.kubernetes.io/not-ready").withOperator("Exists")
        .endToleration().endSpec().endTemplate().endSpec()
        .build());
    assertEquals(List.of("""
        error: cluster t › namespace kube-flannel › daemonset kube-flannel-ds: DaemonSet kube-flannel-ds does not\
         tolerate taint node-role.kubernetes.io/control-plane:NoSchedule of node cp, so the pod network would not run\
         there [cni-missing-toleration]
          hint: add the toleration {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}\
         to its pod template, or {operator: Exists} to run on every node"""),
        problems("cni-missing-toleration", builder.build()));
  }

  @Test
  void cniNamespaceWithoutADaemonSet() {
    var builder = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .kubeadm(k -> k.cni(Cni.objectsIn("calico-system")));
    builder.namespace("calico-system");
    assertEquals(List.of("""
        error: cluster t › kubeadm › cni: the pod network is the objects of namespace calico-system, which holds no\
         DaemonSet [cni-missing]
          hint: define the CNI's DaemonSet in cluster.namespace("calico-system"), or use Cni.manifest(url)"""),
        problems("cni-missing", builder.build()));
  }

  @Test
  void kubeadmWithoutAKubernetesVersion() {
    var cluster = Cluster.named("t").controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")).build();
    assertEquals(List.of("""
        error: cluster t: kubeadm sets up the nodes, but the cluster names no Kubernetes version to install\
         [kubernetes-version-missing]
          hint: cluster.kubernetesVersion("1.31") for the newest 1.31 patch, or "1.31.2" for exactly that"""),
        problems("kubernetes-version-missing", cluster));
  }

  @Test
  void joinWithoutTokenOrEndpoint() {
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.profile(NODE)))
        .workers(Node.named("w1", n -> n.profile(NODE)))
        .kubeadm(k -> k.caCertHash(HASH))
        .build();
    assertEquals(List.of("""
        error: cluster t › node w1: the node joins without a bootstrap token [bootstrap-token-missing]
          hint: cluster.kubeadm(k -> k.bootstrapToken(SecretValue.fromEnv("KUBEADM_TOKEN"))); create the value with\
         kubeadm token generate""", """
        error: cluster t › node w1: the node joins without an API server to ask: 1 control-plane nodes and no\
         controlPlaneEndpoint [control-plane-endpoint-missing]
          hint: cluster.kubeadm(k -> k.controlPlaneEndpoint("api.example.com:6443")) naming a load balancer or DNS\
         name in front of the control-plane nodes"""),
        problems(List.of("bootstrap-token-missing", "control-plane-endpoint-missing"), cluster));
  }

  @Test
  void highAvailabilityWithoutCertificateKey() {
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp-1", n -> n.address("10.0.0.1").profile(NODE)),
            Node.named("cp-2", n -> n.address("10.0.0.2").profile(NODE)))
        .kubeadm(k -> k.controlPlaneEndpoint("api.t.example:6443").bootstrapToken(TOKEN).caCertHash(HASH))
        .build();
    assertEquals(List.of("""
        error: cluster t › node cp-1: kubeadm init uploads the control-plane certificates for the other control-plane\
         nodes but has no certificate key to encrypt them [certificate-key-missing]
          hint: cluster.kubeadm(k -> k.certificateKey(SecretValue.fromEnv("KUBEADM_CERTIFICATE_KEY")))""", """
        error: cluster t › node cp-2: the control-plane node joins without the certificate key, so it cannot download\
         the control-plane certificates [certificate-key-missing]
          hint: cluster.kubeadm(k -> k.certificateKey(SecretValue.fromEnv("KUBEADM_CERTIFICATE_KEY"))); create the\
         value with kubeadm certs certificate-key"""),
        problems("certificate-key-missing", cluster));
  }

  @Test
  void discoveryWithoutCaPinIsAWarningThatCanBeAllowed() {
    var joining = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2").profile(NODE)));
    assertEquals(List.of("""
        warning: cluster t › node w1: the node trusts whichever API server answers first: discovery has no CA pin\
         [unverified-discovery]
          hint: pin the cluster CA with cluster.kubeadm(k -> k.caCertHash(..)), or allow("unverified-discovery",\
         reason) on a network you trust"""),
        problems("unverified-discovery", joining.kubeadm(k -> k.bootstrapToken(TOKEN)).build()));
  }

  @Test
  void unverifiedDiscoveryAllowedWithAReason() {
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2").profile(NODE)))
        .kubeadm(k -> k.bootstrapToken(TOKEN).allow("unverified-discovery", "a lab network with nobody else on it"))
        .build();
    assertEquals(List.of(), problems("unverified-discovery", cluster));
  }

  @Test
  void nodeWithoutProfile() {
    var withKubeadm = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1")))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")).build();
    var hint = "\n  hint: give it one: Node.named(\"cp\", n -> n.profile(HostProfile.named(.., p -> p.containerd(Containerd.create())"
        + ".kubelet(Kubelet.create()).kubernetesPrerequisites())))";
    assertEquals(List.of("error: cluster t › node cp: the node has no host profile, so it gets no container runtime and"
        + " kubeadm cannot start its kubelet [node-without-profile]" + hint),
        problems("node-without-profile", withKubeadm));
    var withoutKubeadm = Cluster.named("t").controlPlane(Node.named("cp", n -> n.address("10.0.0.1"))).build();
    assertEquals(List.of(), problems("node-without-profile", withoutKubeadm), "declared for scheduling checks only");
  }

  @Test
  void kubeletThroughCriDockerd() {
    var docker = HostProfile.named("docker", p -> p.docker(DockerDaemon.create()).kubelet(Kubelet.create())
        .kubernetesPrerequisites());
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(docker)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")).build();
    assertEquals(List.of("""
        error: cluster t › node cp › host docker: the kubelet would reach Docker through cri-dockerd, which no Debian or\
         Ubuntu repository ships, so the node's cloud-config cannot install it [cri-dockerd-unavailable]
          hint: let the kubelet use containerd: HostProfile.containerd(Containerd.create()), beside Docker if it\
         stays, or install cri-dockerd: HostProfile.criDockerd(CriDockerd.deb(url, sha256)); this cannot be\
         allowed, the node would not start"""),
        problems("cri-dockerd-unavailable", cluster));
  }

  @Test
  void criDockerdInstalledFromItsPackageLeavesNothingToReport() {
    var docker = HostProfile.named("docker", p -> p.docker(DockerDaemon.create()).kubelet(Kubelet.create())
        .criDockerd(dev.kubeforge.cloudinit.CriDockerdCluster.CRI_DOCKERD).kubernetesPrerequisites());
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(docker)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")).build();
    assertEquals(List.of(), problems("cri-dockerd-unavailable", cluster));
    assertEquals(Optional.of(HostProfile.CRI_DOCKERD_SOCKET), docker.criSocket());
  }

  @Test
  void criDockerdCannotBeAllowed() {
    var docker = HostProfile.named("docker", p -> p.docker(DockerDaemon.create()).kubelet(Kubelet.create())
        .kubernetesPrerequisites().allow("cri-dockerd-unavailable", "we install it by hand"));
    var cluster = Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(docker)))
        .kubeadm(k -> k.podSubnet("10.244.0.0/16")).build();
    var problems = problems(List.of("cri-dockerd-unavailable", "unknown-check-id"), cluster);
    assertEquals(2, problems.size(), String.join("\n---\n", problems));
    assertEquals("""
        error: cluster t › node cp › host docker: the kubelet would reach Docker through cri-dockerd, which no Debian or\
         Ubuntu repository ships, so the node's cloud-config cannot install it [cri-dockerd-unavailable]
          hint: let the kubelet use containerd: HostProfile.containerd(Containerd.create()), beside Docker if it\
         stays, or install cri-dockerd: HostProfile.criDockerd(CriDockerd.deb(url, sha256)); this cannot be\
         allowed, the node would not start""", problems.get(0));
    assertEquals("error: cluster t › node cp › host docker: allow(\"cri-dockerd-unavailable\", ..) names no check"
        + " [unknown-check-id]", problems.get(1).substring(0, problems.get(1).indexOf('\n')));
  }

  @Test
  void coreosFormReportsEverythingItCannotExpress() {
    var a = HostProfile.named("a", p -> p.journald(Journald.create().storage(Storage.PERSISTENT)).kernelModules(
        dev.kubeforge.host.KernelModules.kubernetes()));
    var b = HostProfile.named("b", p -> p.journald(Journald.create().storage(Storage.VOLATILE))
        .dropIn(DropIn.of("10-proxy", Service.of(UnitName.DOCKER_SERVICE).environment("HTTP_PROXY", "http://proxy:3128"))));
    var definition = (dev.kubeforge.ClusterDefinition) () -> Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(a)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2").profile(b)))
        .kubeadm(k -> k.bootstrapToken(TOKEN).caCertHash(HASH))
        .cloudInit(c -> c.target(CloudInit.Target.COREOS).packages("nfs-common").runCommand("systemctl", "start", "x"))
        .build();
    var problems = assertThrows(ProblemsException.class, () -> Kubeforge.generate(definition)).problems().stream()
        .filter(p -> p.checkId().equals("coreos-unsupported"))
        .map(p -> p.severity().name().toLowerCase(Locale.ROOT) + ": " + p).toList();
    assertEquals(List.of("""
        error: cluster t: file /etc/modules-load.d/90-kubernetes.conf is for [cp] only, but the CoreOS form writes\
         every file on every host [coreos-unsupported]
          hint: give every node the same file, or use CloudInit.Target.CLOUD_CONFIG""", """
        error: cluster t: the drop-ins of docker.service are for [w1] only, but the CoreOS form writes every drop-in on\
         every host [coreos-unsupported]
          hint: give every node the same drop-ins, or use CloudInit.Target.CLOUD_CONFIG""", """
        error: cluster t › cloud-init › commands: the CoreOS form runs no commands: [systemctl start x]\
         [coreos-unsupported]
          hint: run them from a oneshot Service in a host profile (Type=oneshot, WantedBy=multi-user.target)""", """
        error: cluster t › cloud-init › packages: the CoreOS form installs no packages: [nfs-common]\
         [coreos-unsupported]
          hint: remove them; CoreOS ships Docker and containerd, other software runs in containers""", """
        error: cluster t › kubeadm: the CoreOS form installs no packages and runs no commands, so it cannot bring nodes\
         up with kubeadm [coreos-unsupported]
          hint: use CloudInit.Target.CLOUD_CONFIG, or run the control plane from units in the host profiles""", """
        error: cluster t › node w1: file /etc/systemd/journald.conf.d/10-kubeforge.conf differs from another node's,\
         but the CoreOS form writes one file for every host [coreos-unsupported]
          hint: give the nodes the same file /etc/systemd/journald.conf.d/10-kubeforge.conf, or use\
         CloudInit.Target.CLOUD_CONFIG"""), problems);
  }

  /** A single control-plane node {@code cp} at 10.0.0.1, with kubeadm set up by {@code settings}. */
  private static Cluster single(Consumer<dev.kubeforge.kubeadm.Kubeadm.Builder> settings) {
    return Cluster.named("t").kubernetesVersion("1.31")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(NODE)))
        .kubeadm(settings)
        .build();
  }

  private static List<String> problems(String checkId, Cluster cluster) {
    return problems(List.of(checkId), cluster);
  }

  private static List<String> problems(List<String> checkIds, Cluster cluster) {
    return Checks.run(cluster).stream()
        .filter(p -> checkIds.contains(p.checkId()))
        .map(p -> p.severity().name().toLowerCase(Locale.ROOT) + ": " + p)
        .toList();
  }
}
