package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.NodeRule;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.k8s.Toleration;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Bad inputs for the workload checks: each asserts the whole problem, path, message, id and hint. */
class WorkloadChecksTest {

  /** Every problem of {@code checkId} that {@link Checks#run} reports, as printed. */
  static List<String> problems(Cluster cluster, String checkId) {
    var found = new ArrayList<String>();
    for (Problem problem : Checks.run(cluster)) {
      if (problem.checkId().equals(checkId)) {
        found.add(problem.severity() + " " + problem);
      }
    }
    return found;
  }

  private static List<String> printed(List<Problem> problems) {
    var found = new ArrayList<String>();
    problems.stream().sorted().forEach(p -> found.add(p.severity() + " " + p));
    return found;
  }

  /** A Service added as is, selecting {@code app.kubernetes.io/name: <selects>}, with one port. */
  static Service service(String name, String selects, Integer nodePort) {
    var port = new ServicePort();
    port.setName("http");
    port.setPort(80);
    port.setTargetPort(new IntOrString("http"));
    port.setNodePort(nodePort);
    var spec = new ServiceSpec();
    spec.setType(nodePort == null ? "ClusterIP" : "NodePort");
    spec.setSelector(new TreeMap<>(Map.of("app.kubernetes.io/name", selects)));
    spec.setPorts(new ArrayList<>(List.of(port)));
    var metadata = new ObjectMeta();
    metadata.setName(name);
    var service = new Service();
    service.setMetadata(metadata);
    service.setSpec(spec);
    return service;
  }

  @Nested
  class Names {

    @Test
    void anObjectAddedAsIsWithAnInvalidName() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").add(service("Web_App", "site", null));
      assertEquals(List.of("ERROR cluster prod › namespace web › service Web_App: Service name is not a DNS-1123"
              + " subdomain: 'Web_App' (lowercase letters, digits, '-' and '.', at most 253) [invalid-name]"),
          problems(cluster.build(), "invalid-name"));
    }

    @Test
    void aContainerRenamedByCustomize() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer().withName("Main_Container")
              .endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of("ERROR cluster prod › namespace web › app site › container Main_Container: container name"
              + " is not a DNS-1123 label: 'Main_Container' (lowercase letters, digits and '-', at most 63) [invalid-name]"),
          problems(cluster.build(), "invalid-name"));
    }

    @Test
    void aPortNameLongerThanAnIanaServiceName() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer()
              .addToPorts(new ContainerPort(9090, null, null, "prometheus-metrics", "TCP"))
              .endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of("ERROR cluster prod › namespace web › app site › container site › port prometheus-metrics:"
              + " port name is not an IANA service name: 'prometheus-metrics' (lowercase letters, digits and single"
              + " '-', at least one letter, at most 15) [invalid-name]"),
          problems(cluster.build(), "invalid-name"));
    }
  }

  @Nested
  class Duplicates {

    @Test
    void aServiceAddedAsIsBesideTheAppsOwn() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3").port("http", 8080);
      web.add(service("site", "site", null));
      assertEquals(List.of("ERROR cluster prod › namespace web › service site: Service 'site' is defined twice; the"
              + " first definition is at cluster prod › namespace web › app site › service site [duplicate-object]\n"
              + "  hint: give one of them another name, or remove one"),
          problems(cluster.build(), "duplicate-object"));
    }

    @Test
    void staticPodsOfOneNameInTwoNamespaces() {
      var cluster = Cluster.named("prod");
      cluster.namespace("kube-system").staticPod("agent").image("agent:1.0");
      cluster.namespace("ops").staticPod("agent").image("agent:1.0");
      assertEquals(List.of("ERROR cluster prod › namespace ops › staticPod agent: static pod 'agent' is defined twice"
              + " (static pods share the kubelet's manifest directory); the first definition is at cluster prod ›"
              + " namespace kube-system › staticPod agent [duplicate-object]\n"
              + "  hint: give one of them another name, or remove one"),
          problems(cluster.build(), "duplicate-object"));
    }
  }

  @Test
  void aServiceAddedAsIsThatSelectsNoPod() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    web.app("site").image("nginx:1.27.3").port("http", 8080);
    web.add(service("shop", "shop", null));
    assertEquals(List.of("ERROR cluster prod › namespace web › service shop: Service 'shop' selects"
            + " {app.kubernetes.io/name=shop}, which matches no pod template in namespace web"
            + " [service-selects-nothing]\n"
            + "  hint: select the labels of a workload in the same namespace"),
        problems(cluster.build(), "service-selects-nothing"));
  }

  @Nested
  class ProbePorts {

    @Test
    void aReadinessProbeOnAMisspelledPortName() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .readiness(Probe.http("/ready", "htp"));
      assertEquals(List.of("ERROR cluster prod › namespace web › app site › container site › readiness probe:"
              + " readiness probe targets port 'htp', which container site does not declare (declared: http 8080)"
              + " [probe-port-undeclared]\n"
              + "  hint: declare it with .port(\"htp\", <number>), or probe a declared port"),
          problems(cluster.build(), "probe-port-undeclared"));
    }

    @Test
    void aLivenessProbeOnAnUndeclaredPortNumber() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .liveness(Probe.tcp(8081));
      assertEquals(List.of("ERROR cluster prod › namespace web › app site › container site › liveness probe:"
              + " liveness probe targets port 8081, which container site does not declare (declared: http 8080)"
              + " [probe-port-undeclared]\n"
              + "  hint: declare it with .port(8081) (or .port(\"<name>\", 8081) and probe it by name),"
              + " or probe a declared port"),
          problems(cluster.build(), "probe-port-undeclared"));
    }

    @Test
    void aSidecarsStartupProbeOnAPortOnlyTheMainContainerDeclares() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .sidecar("exporter", c -> c.image("nginx/nginx-prometheus-exporter:1.3.0").startup(Probe.grpc(8080)));
      assertEquals(List.of("ERROR cluster prod › namespace web › app site › container exporter › startup probe:"
              + " startup probe targets port 8080, which container exporter does not declare (declared: none)"
              + " [probe-port-undeclared]\n"
              + "  hint: declare it with .port(8080) (or .port(\"<name>\", 8080) and probe it by name),"
              + " or probe a declared port"),
          problems(cluster.build(), "probe-port-undeclared"));
    }
  }

  @Nested
  class NodePorts {

    @Test
    void aNodePortBelowTheRange() {
      var cluster = Cluster.named("prod");
      cluster.namespace("kube-system").app("dashboard").image("kubernetesui/dashboard:v2.7.0").port("http", 9090)
          .service(s -> s.nodePort("http", 80));
      assertEquals(List.of("ERROR cluster prod › namespace kube-system › app dashboard › service dashboard › port http:"
              + " Service 'dashboard' port http uses node port 80, outside the node port range 30000-32767"
              + " [nodeport-out-of-range]\n"
              + "  hint: pick a node port in 30000-32767, or leave it out and let the cluster pick one"),
          problems(cluster.build(), "nodeport-out-of-range"));
    }

    @Test
    void aNodePortJustAboveTheRange() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").add(service("legacy", "legacy", 32768));
      assertEquals(List.of("ERROR cluster prod › namespace web › service legacy › port http: Service 'legacy' port http"
              + " uses node port 32768, outside the node port range 30000-32767 [nodeport-out-of-range]\n"
              + "  hint: pick a node port in 30000-32767, or leave it out and let the cluster pick one"),
          problems(cluster.build(), "nodeport-out-of-range"));
    }

    @Test
    void oneNodePortTakenByTwoServicesInDifferentNamespaces() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .service(s -> s.nodePort("http", 30080));
      cluster.namespace("shop").app("shop").image("nginx:1.27.3").port("web", 8080)
          .service(s -> s.nodePort("web", 30080));
      assertEquals(List.of("ERROR cluster prod › namespace shop › app shop › service shop › port web: node port 30080"
              + " is already used by Service 'site' in namespace web at cluster prod › namespace web › app site ›"
              + " service site › port http [nodeport-conflict]\n"
              + "  hint: node ports are opened on every node, so each serves one Service: pick another"),
          problems(cluster.build(), "nodeport-conflict"));
    }
  }

  @Nested
  class Placement {

    private static Node node(String name, Map<String, String> labels, List<Taint> taints) {
      return Node.named(name, n -> {
        labels.forEach(n::label);
        taints.forEach(n::taint);
      });
    }

    private final List<Node> nodes = List.of(
        node("kube-master", Map.of(), List.of(Taint.CONTROL_PLANE)),
        node("azure-prd-02", Map.of(), List.of()),
        node("ded-prd-01", Map.of("workload", "compute"), List.of()));

    private List<String> placement(Cluster cluster, List<Node> declared) {
      return printed(new NodePlacementCheck(c -> declared).run(cluster));
    }

    @Test
    void aNodeSelectorNoDeclaredNodeMatches() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ml").app("trainer").image("trainer:2.0").nodeSelector("workload", "gpu");
      assertEquals(List.of("ERROR cluster prod › namespace ml › app trainer: Deployment 'trainer' requires nodes with"
              + " workload=gpu, which no declared node has (nodes: kube-master, azure-prd-02, ded-prd-01)"
              + " [node-selector-matches-nothing]\n"
              + "  hint: label a node to match, such as Node.named(.., n -> n.label(key, value)), or change the requirement"),
          placement(cluster.build(), nodes));
    }

    @Test
    void aRequiredNodeAffinityNoDeclaredNodeMatches() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ml").batchJob("train").image("trainer:2.0")
          .requireNodes(NodeRule.in("workload", "gpu", "tpu"));
      assertEquals(List.of("ERROR cluster prod › namespace ml › job train: Job 'train' requires nodes with workload in"
              + " (gpu, tpu), which no declared node has (nodes: kube-master, azure-prd-02, ded-prd-01)"
              + " [node-selector-matches-nothing]\n"
              + "  hint: label a node to match, such as Node.named(.., n -> n.label(key, value)), or change the requirement"),
          placement(cluster.build(), nodes));
    }

    @Test
    void aWorkloadPinnedToTheTaintedControlPlaneWithoutTheToleration() {
      var cluster = Cluster.named("prod");
      cluster.namespace("kube-system").app("dashboard").image("kubernetesui/dashboard:v2.7.0")
          .nodeSelector("kubernetes.io/hostname", "kube-master");
      assertEquals(List.of("ERROR cluster prod › namespace kube-system › app dashboard: Deployment 'dashboard' can run"
              + " only on nodes whose taints it does not tolerate: kube-master"
              + " (node-role.kubernetes.io/control-plane:NoSchedule) [taint-not-tolerated]\n"
              + "  hint: .toleration(Toleration.exists(\"node-role.kubernetes.io/control-plane\","
              + " TaintEffect.NO_SCHEDULE)), or let it run on other nodes"),
          placement(cluster.build(), nodes));
    }

    @Test
    void aDaemonWhoseEveryNodeIsTaintedForAnotherTeam() {
      var dedicated = Taint.of("dedicated", "db", TaintEffect.NO_EXECUTE);
      var tainted = List.of(node("db-1", Map.of(), List.of(dedicated)), node("db-2", Map.of(),
          List.of(dedicated, Taint.of("maintenance", TaintEffect.PREFER_NO_SCHEDULE))));
      var cluster = Cluster.named("prod");
      cluster.namespace("logging").daemonApp("fluentd").image("fluentd:v1.17")
          .toleration(Toleration.equal("dedicated", "cache", TaintEffect.NO_EXECUTE));
      assertEquals(List.of("ERROR cluster prod › namespace logging › daemonApp fluentd: DaemonSet 'fluentd' can run"
              + " only on nodes whose taints it does not tolerate: db-1 (dedicated=db:NoExecute),"
              + " db-2 (dedicated=db:NoExecute) [taint-not-tolerated]\n"
              + "  hint: .toleration(Toleration.exists(\"dedicated\", TaintEffect.NO_EXECUTE)), or let it run on"
              + " other nodes"),
          placement(cluster.build(), tainted));
    }

    @Test
    void aToleratedTaintAndAnyUntaintedCandidateAreFine() {
      var cluster = Cluster.named("prod");
      var system = cluster.namespace("kube-system");
      system.app("dashboard").image("kubernetesui/dashboard:v2.7.0")
          .nodeSelector("kubernetes.io/hostname", "kube-master")
          .toleration(Toleration.of(Taint.CONTROL_PLANE));
      system.app("metrics").image("metrics-server:v0.7.2").nodeSelector("kubernetes.io/os", "linux");
      system.staticPod("etcd").image("etcd:3.5.15").nodeSelector("workload", "none");
      var built = cluster.build();
      assertEquals(List.of(), placement(built, nodes));
      assertEquals(List.of(), placement(built, List.of()), "no declared nodes: nothing to check against");
    }
  }

  @Nested
  class Warnings {

    @Test
    void aContainerWithoutLimits() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").requests(Cpu.millis(100), Size.mib(64));
      assertEquals(List.of("WARNING cluster prod › namespace web › app site › container site: container site sets no"
              + " resource limits, so it can take its node's memory and CPU from other pods [no-resource-limits]\n"
              + "  hint: .limits(Cpu.millis(500), Size.mib(512)), or allow(\"no-resource-limits\", reason)"),
          problems(cluster.build(), "no-resource-limits"));
    }

    @Test
    void anAllowanceOnTheAppCoversItsSidecarsButNotOtherApps() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3")
          .sidecar("log", c -> c.image("busybox:1.36.1"))
          .allow("no-resource-limits", "sized by the namespace's LimitRange");
      web.batchJob("migrate").image("flyway/flyway:10.17");
      assertEquals(List.of("WARNING cluster prod › namespace web › job migrate › container migrate: container migrate"
              + " sets no resource limits, so it can take its node's memory and CPU from other pods"
              + " [no-resource-limits]\n"
              + "  hint: .limits(Cpu.millis(500), Size.mib(512)), or allow(\"no-resource-limits\", reason)"),
          problems(cluster.build(), "no-resource-limits"));
    }

    @Test
    void aPrivilegedBuildAgent() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ci").app("jenkins").image("jenkins/jenkins:2.462.1-lts")
          .sidecar("dind", c -> c.image("docker:27.1-dind").securityContext(SecurityContext.privilegedContainer()));
      assertEquals(List.of("WARNING cluster prod › namespace ci › app jenkins › container dind: container dind runs"
              + " privileged: it gets every capability and device of its node [privileged-container]\n"
              + "  hint: grant only what it needs, such as SecurityContext.user(1000).addCapabilities(\"NET_ADMIN\"),"
              + " or allow(\"privileged-container\", reason)"),
          problems(cluster.build(), "privileged-container"));
    }

    @Test
    void theDockerSocketMountedFromTheNode() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ci").app("jenkins").image("jenkins/jenkins:2.462.1-lts")
          .mount("/var/run/docker.sock", HostPath.socket("docker-sock", "/var/run/docker.sock"));
      assertEquals(List.of("WARNING cluster prod › namespace ci › app jenkins › volume docker-sock: volume docker-sock"
              + " mounts /var/run/docker.sock of the node, which ties the pod to that node and can give it control"
              + " of the node [host-path-volume]\n"
              + "  hint: use a PersistentVolumeClaim or an EmptyDir, or allow(\"host-path-volume\", reason)"),
          problems(cluster.build(), "host-path-volume"));
    }

    @Test
    void aPodInTheNodesNetwork() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ingress").daemonApp("nginx-ingress").image("registry.k8s.io/ingress-nginx/controller:v1.11.2")
          .hostNetwork();
      assertEquals(List.of("WARNING cluster prod › namespace ingress › daemonApp nginx-ingress: DaemonSet"
              + " 'nginx-ingress' uses its node's network (hostNetwork): its ports are the node's and it sees the"
              + " node's traffic [host-network]\n"
              + "  hint: leave hostNetwork off and expose ports through a Service, or allow(\"host-network\", reason)"),
          problems(cluster.build(), "host-network"));
    }

    @Test
    void aContainerRunningAsUidZero() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.user(0));
      assertEquals(List.of("WARNING cluster prod › namespace web › app site › container site: container site runs as"
              + " root (runAsUser: 0) [run-as-root]\n"
              + "  hint: run it as another user, such as .securityContext(SecurityContext.user(1000)), or"
              + " allow(\"run-as-root\", reason)"),
          problems(cluster.build(), "run-as-root"));
    }

    @Test
    void anInitContainerThatLeavesTheUserToTheImage() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.user(101))
          .initContainer("fetch", c -> c.image("curlimages/curl:8.9.1"));
      assertEquals(List.of("WARNING cluster prod › namespace web › app site › init container fetch: container fetch"
              + " may run as root: neither it nor its pod sets runAsNonRoot or a non-zero runAsUser [run-as-root]\n"
              + "  hint: .securityContext(SecurityContext.user(1000)) or .podSecurity(PodSecurity.nonRoot()), or"
              + " allow(\"run-as-root\", reason)"),
          problems(cluster.build(), "run-as-root"));
    }

    @Test
    void aServedAppWithoutReadinessProbe() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .liveness(Probe.http("/", "http"))
          .sidecar("cache", c -> c.image("memcached:1.6.29").mount("/tmp", EmptyDir.named("tmp")));
      assertEquals(List.of("WARNING cluster prod › namespace web › app site › container site: container site has no"
              + " readiness probe, yet Service 'site' sends it traffic: its pods get requests before they are ready"
              + " [no-readiness-probe]\n"
              + "  hint: .readiness(Probe.http(\"/ready\", \"http\")) or Probe.tcp(\"<port>\"), or"
              + " allow(\"no-readiness-probe\", reason)"),
          problems(cluster.build(), "no-readiness-probe"));
    }

    @Test
    void aSidecarImageWithoutTag() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").sidecar("log", c -> c.image("fluent/fluent-bit"));
      assertEquals(List.of("WARNING cluster prod › namespace web › app site › container log: image 'fluent/fluent-bit'"
              + " has no pinned tag, so each pull may run different code [image-tag-latest]\n"
              + "  hint: pin a version tag or a digest, such as nginx:1.27.3"),
          problems(cluster.build(), "image-tag-latest"));
    }

    @Test
    void aWorkloadWithoutImage() {
      var cluster = Cluster.named("prod");
      cluster.namespace("data").scheduledJob("backup", "0 3 * * *");
      assertEquals(List.of("ERROR cluster prod › namespace data › cronJob backup › container backup: no image set"
              + " [missing-image]\n"
              + "  hint: .image(\"registry/name:tag\")"),
          problems(cluster.build(), "missing-image"));
    }
  }

  @Test
  void everyWorkloadCheckIdCanBeAllowed() {
    var ids = Checks.knownIds();
    for (String id : List.of("probe-port-undeclared", "nodeport-out-of-range", "nodeport-conflict",
        "taint-not-tolerated", "node-selector-matches-nothing", "no-resource-limits", "privileged-container",
        "host-path-volume", "host-network", "run-as-root", "no-readiness-probe")) {
      assertEquals(true, ids.contains(id), id);
    }
  }
}
