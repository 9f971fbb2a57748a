package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Misuse at the call site throws at once, naming the value and the rule. */
class CallSiteMisuseTest {

  private static void assertIllegalArgument(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  private static void assertIllegalState(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalStateException.class, call).getMessage());
  }

  private final Cluster.Builder cluster = Cluster.named("prod");
  private final Namespace.Builder web = cluster.namespace("web");

  @Nested
  class Workloads {

    @Test
    void aWorkloadNameThatIsNoDnsLabel() {
      assertIllegalArgument("app name is not a DNS-1123 label: 'Web_App' (lowercase letters, digits and '-', at most 63)",
          () -> web.app("Web_App"));
      assertIllegalArgument("statefulApp name is not a DNS-1123 label: 'db.primary' (lowercase letters, digits and '-',"
          + " at most 63)", () -> web.statefulApp("db.primary"));
    }

    @Test
    void twoWorkloadKindsWithOneName() {
      web.app("site");
      assertIllegalState("namespace web already has app site; workloads select their pods by name, so each needs its own",
          () -> web.statefulApp("site"));
    }

    @Test
    void aRollingUpdateThatCannotProgress() {
      assertIllegalArgument("maxSurge and maxUnavailable cannot both be 0: the rollout could not progress",
          () -> web.app("site").rollingUpdate(PodCount.of(0), PodCount.percent(0)));
      assertIllegalArgument("a DaemonSet rollout needs exactly one of maxSurge and maxUnavailable above 0, was 1 and 25%",
          () -> web.daemonApp("agent").rollingUpdate(PodCount.of(1), PodCount.percent(25)));
    }

    @Test
    void negativeCountsAndFractionalSeconds() {
      assertIllegalArgument("replicas must be >= 0, was -1", () -> web.app("site").replicas(-1));
      assertIllegalArgument("minReadySeconds must be whole seconds >= 0, was PT1.5S",
          () -> web.app("site").minReady(Duration.ofMillis(1500)));
      assertIllegalArgument("backoffLimit must be >= 0, was -2", () -> web.batchJob("migrate").backoffLimit(-2));
      assertIllegalArgument("a pod percentage must be in 0..100, was 120%", () -> PodCount.percent(120));
    }

    @Test
    void aCronJobWithAnInvalidScheduleOrZone() {
      assertIllegalArgument("not a cron schedule: '0 3 * *' (five fields: minute hour day-of-month month day-of-week,"
          + " or @hourly, @daily, ...)", () -> web.scheduledJob("backup", "0 3 * *"));
      assertIllegalArgument("not an IANA time zone: 'CEST' (such as Europe/Berlin or Etc/UTC)",
          () -> web.scheduledJob("backup", "@daily").timeZone("CEST"));
      web.scheduledJob("report", "@daily");
      assertIllegalState("cronJob report already runs on '@daily'", () -> web.scheduledJob("report", "@hourly"));
    }

    @Test
    void theNameLabelIsDerived() {
      assertIllegalArgument("app.kubernetes.io/name is derived from the workload's name ('site') and selects its pods;"
          + " it cannot be set (choose the pods' labels with .selector(Labels.of(..)))",
          () -> web.app("site").label("app.kubernetes.io/name", "other"));
      assertIllegalArgument("not a value of label tier: 'front end' (at most 63 letters, digits, '-', '_' and '.',"
          + " starting and ending alphanumeric)", () -> web.app("site").label("tier", "front end"));
    }

    @Test
    void changingAnythingAfterBuild() {
      var site = web.app("site").image("nginx:1.27.3");
      cluster.build();
      assertIllegalState("cluster prod is already built", () -> site.replicas(2));
      assertIllegalState("cluster prod is already built", () -> site.service().nodePort("http", 30080));
      assertIllegalState("cluster prod is already built", () -> web.serviceAccount("bot"));
    }
  }

  @Nested
  class Containers {

    @Test
    void portsThatAreNoIanaNamesOrOutOfRangeOrTwice() {
      var site = web.app("site").port("http", 8080);
      assertIllegalArgument("port name is not an IANA service name: 'http_port' (lowercase letters, digits and single"
          + " '-', at least one letter, at most 15)", () -> site.port("http_port", 8081));
      assertIllegalArgument("port metrics must be in 1..65535, was 70000", () -> site.port("metrics", 70000));
      assertIllegalState("container site already declares port 'http'", () -> site.port("http", 8081));
    }

    @Test
    void requestsAboveLimits() {
      var site = web.app("site").limits(Cpu.millis(500), Size.mib(512));
      assertIllegalArgument("memory request 1Gi exceeds the limit 512Mi",
          () -> site.requests(Cpu.millis(250), Size.gib(1)));
      assertIllegalArgument("CPU request 2 exceeds the limit 500m", () -> site.requests(Cpu.cores(2), Size.mib(256)));
    }

    @Test
    void probesThatKubernetesRejects() {
      assertIllegalArgument("a liveness probe's successThreshold must be 1, was 2",
          () -> web.app("site").liveness(Probe.tcp("http").successThreshold(2)));
      assertIllegalArgument("probe period must be whole seconds, at least 1s, was PT0.5S",
          () -> Probe.http("/", "http").period(Duration.ofMillis(500)));
      assertIllegalArgument("an HTTP probe path starts with '/', was 'healthz'", () -> Probe.http("healthz", "http"));
      assertIllegalArgument("gRPC probe port must be in 1..65535, was 0", () -> Probe.grpc(0));
    }

    @Test
    void mountsThatCannotWork() {
      var site = web.app("site").mount("/data", EmptyDir.named("data"));
      assertIllegalArgument("mount path must be absolute, was 'cache'", () -> site.mount("cache", EmptyDir.named("c")));
      assertIllegalState("container site already mounts a volume at /data",
          () -> site.mount("/data", EmptyDir.named("other")));
      assertIllegalArgument("app site already has another volume named 'data': EmptyDir[volumeName=data,"
          + " sizeLimit=null, memory=false]; give each source its own name",
          () -> site.mount("/host", HostPath.directory("data", "/srv/data")));
      assertIllegalArgument("subPath is a relative path without '..', was '../etc/passwd'",
          () -> site.mountSubPath("/etc/app.conf", web.configMap("conf").entry("app.conf", "").ref(), "../etc/passwd"));
    }

    @Test
    void aClaimTemplateOutsideAStatefulApp() {
      assertIllegalArgument("volume claim template 'data' can only be mounted in a statefulApp, not in app site",
          () -> web.app("site").mount("/data", ClaimTemplate.named("data", Size.gib(1))));
    }

    @Test
    void referencesIntoAnotherNamespace() {
      var password = cluster.namespace("data").secret("db").entry("password", SecretValue.fromEnv("DB_PASSWORD"))
          .key("password");
      assertIllegalArgument("Secret db is in namespace data, but app site runs in namespace web; pods use their own"
          + " namespace's", () -> web.app("site").env("DB_PASSWORD", password));
      var robot = cluster.namespace("ops").serviceAccount("robot");
      assertIllegalArgument("ServiceAccount robot is in namespace ops, but job migrate runs in namespace web; pods use"
          + " their own namespace's", () -> web.batchJob("migrate").serviceAccount(robot.ref()));
    }

    @Test
    void aStaticPodCannotUseApiObjects() {
      var system = cluster.namespace("kube-system");
      var token = system.secret("token").entry("value", SecretValue.fromEnv("TOKEN")).key("value");
      var conf = system.configMap("conf").ref();
      var pod = system.staticPod("agent");
      assertIllegalArgument("staticPod agent cannot use Secret token: the kubelet runs static pods without the API server",
          () -> pod.env("TOKEN", token));
      assertIllegalArgument("staticPod agent cannot use volume source conf: the kubelet runs static pods without the API"
          + " server", () -> pod.mount("/conf", conf));
    }

    @Test
    void badValuesForEnvAndSecurity() {
      assertIllegalArgument("not an environment variable name: 'A=B' (printable ASCII without '=', not empty)",
          () -> web.app("site").env("A=B", "c"));
      assertIllegalArgument("not a capability name: 'CAP_NET_ADMIN' (upper case without the CAP_ prefix, such as"
          + " NET_ADMIN)", () -> SecurityContext.user(1000).addCapabilities("CAP_NET_ADMIN"));
      assertIllegalArgument("a restricted container cannot run as UID 0", () -> SecurityContext.restricted(0));
      assertIllegalArgument("not a field the downward API exposes to env: 'spec.hostname' (one of [metadata.name,"
          + " metadata.namespace, metadata.uid, spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs,"
          + " status.podIP, status.podIPs], metadata.labels['k'], metadata.annotations['k'])",
          () -> new FieldRef("spec.hostname"));
    }

    @Test
    void aContainerNameTakenTwice() {
      var site = web.app("site").sidecar("log", c -> c.image("busybox:1.36.1"));
      assertIllegalState("app site already has a container named 'log'",
          () -> site.initContainer("log", c -> c.image("busybox:1.36.1")));
      assertIllegalState("app site already has a container named 'site'",
          () -> site.sidecar("site", c -> c.image("busybox:1.36.1")));
    }
  }

  @Nested
  class Services {

    @Test
    void aReferenceToAnUndeclaredPort() {
      var site = web.app("site").port("http", 8080);
      assertIllegalArgument("app site declares no port 'https' (declared: [http])", () -> site.service().port("https"));
      assertIllegalArgument("app site declares no port 'https' (declared: [http])",
          () -> site.service().nodePort("https", 30443));
    }

    @Test
    void renumberingAPortAfterTakingAReference() {
      var site = web.app("site").port("http", 8080);
      assertEquals(new ServicePort("web", "site", "http", 8080), site.service().port("http"));
      assertIllegalState("port 'http' of Service site is already referenced; set its number before taking references",
          () -> site.service().port("http", 80));
    }

    @Test
    void aStatefulAppsServiceStaysHeadless() {
      var mysql = web.statefulApp("mysql").port("mysql", 3306);
      assertIllegalState("the Service of statefulApp mysql governs its pods' DNS names and stays headless",
          () -> mysql.service().nodePort("mysql", 30306));
    }

    @Test
    void typesThatContradictEarlierSettings() {
      var site = web.app("site").port("http", 8080);
      site.service().nodePort("http", 30080);
      assertIllegalState("Service site has node ports or external IPs, so it cannot be headless",
          () -> site.service().headless());
      assertIllegalState("Service site has node ports, so it cannot be ClusterIP", () -> site.service().clusterIp());
      assertIllegalArgument("not an IP address: 'kube-master'", () -> site.service().externalIps("kube-master"));
    }
  }

  @Nested
  class Objects {

    @Test
    void rulesThatGrantNothingOrUrlsInARole() {
      var role = web.role("reader");
      assertIllegalArgument("a rule covers either resources (.on(group, resources..)) or URLs (.urls(..)), was"
          + " Rule[verbs=[GET], apiGroups=[], resources=[], resourceNames=[], nonResourceUrls=[]]",
          () -> role.rule(Rule.allow(Verb.GET)));
      assertIllegalArgument("non-resource URLs can only be granted by a ClusterRole, was Rule[verbs=[GET],"
          + " apiGroups=[], resources=[], resourceNames=[], nonResourceUrls=[/metrics]]",
          () -> role.rule(Rule.allow(Verb.GET).urls("/metrics")));
      assertIllegalArgument("a rule grants at least one verb", () -> Rule.allow());
    }

    @Test
    void bindingsAcrossNamespacesOrToAnotherRole() {
      var role = cluster.namespace("ops").role("deployer");
      assertIllegalArgument("role binding deployers in namespace web cannot grant role deployer of namespace ops",
          () -> web.roleBinding("deployers", role.ref()));
      cluster.clusterRoleBinding("admins", ClusterRoleRef.CLUSTER_ADMIN);
      assertIllegalState("cluster role binding admins already grants another role; a binding's role cannot change",
          () -> cluster.clusterRoleBinding("admins", ClusterRoleRef.VIEW));
    }

    @Test
    void priorityClassesInTheSystemRange() {
      assertIllegalArgument("priority class huge value must be <= 1000000000 (higher values are reserved for system"
          + " classes), was 2000000000", () -> cluster.priorityClass("huge", 2_000_000_000));
      assertIllegalArgument("priority class names starting with 'system-' are reserved, was 'system-mine'",
          () -> cluster.priorityClass("system-mine", 10));
    }

    @Test
    void aNetworkPolicyForAnotherNamespacesPods() {
      var db = cluster.namespace("data").statefulApp("db");
      assertIllegalArgument("network policy db-access in namespace web cannot select statefulApp db of namespace data",
          () -> web.networkPolicy("db-access").appliesTo(db.ref()));
      assertIllegalArgument("not a CIDR address range: '10.0.0.0' (such as 10.0.0.0/8)",
          () -> NetworkPeer.cidr("10.0.0.0"));
    }

    @Test
    void valuesOutOfRange() {
      assertIllegalArgument("CPU must be at least 1 millicore, was 0m", () -> Cpu.millis(0));
      assertIllegalArgument("Size.mib(..) must be >= 0, was -1", () -> Size.mib(-1));
      assertIllegalArgument("Size.tib(8388608) does not fit in 2^63 bytes", () -> Size.tib(8_388_608));
      assertIllegalArgument("an autoscaler needs 1 <= minReplicas <= maxReplicas, was 5..2",
          () -> Autoscaler.between(5, 2));
      assertIllegalArgument("a disruption budget sets exactly one of minAvailable and maxUnavailable",
          () -> new DisruptionBudget(PodCount.of(1), PodCount.of(1)));
      assertIllegalArgument("tolerationSeconds applies only to NoExecute tolerations",
          () -> Toleration.exists("dedicated", TaintEffect.NO_SCHEDULE).forDuration(Duration.ofMinutes(5)));
      assertIllegalArgument("quota of pods must be >= 0, was -1", () -> web.resourceQuota("q").pods(-1));
    }
  }
}
