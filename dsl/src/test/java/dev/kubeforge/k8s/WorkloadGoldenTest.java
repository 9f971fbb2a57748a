package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import dev.kubeforge.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.HostPathType;
import dev.kubeforge.core.Size;
import dev.kubeforge.secret.SecretValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each workload construct rendered through the whole pipeline and compared with the files under
 * {@code golden/k8s/<case>/}. Every case also renders to the same bytes under another locale and
 * time zone, and produces no warning (the definitions allow what they mean, with reasons).
 */
class WorkloadGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/k8s");

  record Case(String name, ClusterDefinition definition) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("rolling-deployment", new RollingDeployment()),
        new Case("stateful-app", new StatefulMysql()),
        new Case("daemon-apps", new NodeDaemons()),
        new Case("batch-jobs", new BatchJobs()),
        new Case("dashboard-admin-user", new DashboardAdminUser()),
        new Case("static-pod", new StaticPods()),
        new Case("namespace-policies", new NamespacePolicies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFiles(Case c) {
    var generation = Kubeforge.generate(List.of(c.definition()), BEFORE_THE_PACK);
    assertEquals(List.of(), generation.warnings());
    Golden.assertTree(GOLDEN.resolve(c.name()), generation.files());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheSameBytesUnderAnotherLocaleAndTimeZone(Case c) {
    var first = Kubeforge.generate(List.of(c.definition()), BEFORE_THE_PACK).files();
    var locale = Locale.getDefault();
    var zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertEquals(first, Kubeforge.generate(List.of(c.definition()), BEFORE_THE_PACK).files());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** A Deployment with a rolling update and both probes, as seed 001 section 8 describes it. */
  public static final class RollingDeployment implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      var api = web.secret("site-api").entry("token", SecretValue.fromEnv("SITE_API_TOKEN"));
      var conf = web.configMap("site-conf").entry("default.conf", """
          server {
            listen 8080;
            root /usr/share/nginx/html;
          }
          """);
      web.app("site")
          .image("nginx:1.27.3")
          .port("http", 8080)
          .replicas(3)
          .rollingUpdate(PodCount.of(1), PodCount.of(1))
          .minReady(Duration.ofSeconds(5))
          .readiness(Probe.tcp("http").initialDelay(Duration.ofSeconds(15)))
          .liveness(Probe.tcp("http").initialDelay(Duration.ofSeconds(300)))
          .env("ELASTICSEARCH_URL", "http://elasticsearch-logging:9200")
          .env("POD_NAME", FieldRef.POD_NAME)
          .env("API_TOKEN", api.key("token"))
          .requests(Cpu.millis(250), Size.mib(128))
          .limits(Cpu.millis(500), Size.mib(256))
          .securityContext(SecurityContext.restricted(101).readOnlyRoot())
          .mount("/var/cache/nginx", EmptyDir.named("cache").sizeLimit(Size.mib(512)))
          .mountReadOnly("/etc/nginx/conf.d", conf.ref())
          .service(s -> s.port("http", 80))
          .disruptionBudget(DisruptionBudget.maxUnavailable(PodCount.of(1)))
          .autoscale(Autoscaler.between(3, 10).cpuUtilization(70));
      return cluster.build();
    }
  }

  /** MySQL on a StatefulSet with a claim template per pod, as seed 001's mysql2 example. */
  public static final class StatefulMysql implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var nfs = cluster.storageClass("nfs", "example.com/nfs");
      var data = cluster.namespace("data");
      var secret = data.secret("mysql").entry("root-password", SecretValue.fromEnv("MYSQL_ROOT_PASSWORD"));
      var config = data.configMap("mysql").entry("database", "app");
      data.statefulApp("mysql")
          .image("mysql:8.4.2")
          .port("mysql", 3306)
          .replicas(2)
          .podManagement(StatefulApp.PodManagement.PARALLEL)
          .rollingUpdate(0)
          .env("MYSQL_ROOT_PASSWORD", secret.key("root-password"))
          .env("MYSQL_DATABASE", config.key("database"))
          .podSecurity(PodSecurity.user(999).group(999).fsGroup(999))
          .readiness(Probe.exec("mysqladmin", "ping", "-h", "127.0.0.1").period(Duration.ofSeconds(5)))
          .liveness(Probe.tcp("mysql").initialDelay(Duration.ofSeconds(30)).failureThreshold(5))
          .startup(Probe.tcp("mysql").failureThreshold(30))
          .requests(Cpu.millis(500), Size.gib(1))
          .limits(Size.gib(2))
          .mount("/var/lib/mysql", ClaimTemplate.named("data", Size.gib(10)).storageClass(nfs.ref()))
          .onePodPer(TopologyKey.HOSTNAME)
          .disruptionBudget(DisruptionBudget.minAvailable(PodCount.of(1)));
      return cluster.build();
    }
  }

  /** The seed's node agents: fluentd shipping container logs, node-exporter serving metrics. */
  public static final class NodeDaemons implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var logging = cluster.namespace("logging");
      var fluentd = logging.serviceAccount("fluentd");
      var reader = cluster.clusterRole("fluentd")
          .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "pods", "namespaces"));
      cluster.clusterRoleBinding("fluentd", reader.ref()).serviceAccount(fluentd.ref());
      logging.daemonApp("fluentd")
          .image("fluent/fluentd-kubernetes-daemonset:v1.17.1-debian-elasticsearch8-1.0")
          .serviceAccount(fluentd.ref())
          .priorityClass(PriorityClassRef.SYSTEM_NODE_CRITICAL)
          .toleration(Toleration.of(Taint.CONTROL_PLANE))
          .env("FLUENT_ELASTICSEARCH_HOST", "elasticsearch-logging")
          .env("NODE_NAME", FieldRef.NODE_NAME)
          .requests(Cpu.millis(100), Size.mib(200))
          .limits(Size.mib(512))
          .mountReadOnly("/var/log", HostPath.directory("varlog", "/var/log"))
          .securityContext(SecurityContext.user(0))
          .allow("host-path-volume", "reads the node's container logs; that is its job")
          .allow("run-as-root", "the node's log files are readable by root only");
      var monitoring = cluster.namespace("monitoring");
      monitoring.daemonApp("node-exporter")
          .image("quay.io/prometheus/node-exporter:v1.8.2")
          .port("metrics", 9100)
          .args("--path.rootfs=/host")
          .hostNetwork()
          .toleration(Toleration.everything())
          .rollingUpdate(PodCount.of(0), PodCount.percent(10))
          .readiness(Probe.http("/", "metrics"))
          .requests(Cpu.millis(50), Size.mib(64))
          .limits(Cpu.millis(200), Size.mib(128))
          .securityContext(SecurityContext.user(65534))
          .mountReadOnly("/host", HostPath.directory("root", "/"))
          .podAnnotation("prometheus.io/scrape", "true")
          .service(s -> s.headless())
          .allow("host-network", "reports the node's own network statistics")
          .allow("host-path-volume", "reads the node's file systems for their usage");
      return cluster.build();
    }
  }

  /** A nightly backup CronJob and a one-off migration Job. */
  public static final class BatchJobs implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var data = cluster.namespace("data");
      var mysql = data.secret("mysql").entry("root-password", SecretValue.fromEnv("MYSQL_ROOT_PASSWORD"));
      data.scheduledJob("mysql-backup", "0 3 * * *")
          .image("mysql:8.4.2")
          .command("sh", "-c")
          .args("mysqldump --all-databases -h mysql > /backup/dump.sql")
          .env("MYSQL_PWD", mysql.key("root-password"))
          .timeZone("Europe/Berlin")
          .concurrency(ScheduledJob.Concurrency.FORBID)
          .history(5, 2)
          .startingDeadline(Duration.ofMinutes(10))
          .backoffLimit(2)
          .activeDeadline(Duration.ofHours(1))
          .ttlAfterFinished(Duration.ofDays(1))
          .restartOnFailure()
          .securityContext(SecurityContext.user(999))
          .limits(Cpu.millis(500), Size.mib(512))
          .mount("/backup", EmptyDir.named("backup"));
      data.batchJob("schema-migration")
          .image("flyway/flyway:10.17")
          .args("migrate")
          .initContainer("wait-for-mysql", c -> c
              .image("busybox:1.36.1")
              .command("sh", "-c", "until nc -z mysql 3306; do sleep 2; done")
              .securityContext(SecurityContext.user(65534))
              .limits(Cpu.millis(50), Size.mib(16)))
          .completions(1)
          .parallelism(1)
          .securityContext(SecurityContext.user(1000))
          .limits(Cpu.millis(500), Size.mib(512));
      return cluster.build();
    }
  }

  /**
   * Seed 004's dashboard admin-user (a ServiceAccount bound to cluster-admin), and seed 001's dashboard
   * exposed with a NodePort and external IPs.
   */
  public static final class DashboardAdminUser implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var dashboard = cluster.namespace("kubernetes-dashboard");
      var adminUser = dashboard.serviceAccount("admin-user");
      cluster.clusterRoleBinding("admin-user", ClusterRoleRef.CLUSTER_ADMIN).serviceAccount(adminUser.ref());
      var account = dashboard.serviceAccount("kubernetes-dashboard");
      dashboard.app("kubernetes-dashboard")
          .image("kubernetesui/dashboard:v2.7.0")
          .port("https", 8443)
          .args("--auto-generate-certificates", "--namespace=kubernetes-dashboard")
          .serviceAccount(account.ref())
          .nodeSelector("kubernetes.io/os", "linux")
          .toleration(Toleration.of(Taint.CONTROL_PLANE))
          .liveness(Probe.https("/", "https").initialDelay(Duration.ofSeconds(30)).timeout(Duration.ofSeconds(30)))
          .readiness(Probe.https("/", "https"))
          .securityContext(SecurityContext.restricted(1001).readOnlyRoot())
          .limits(Cpu.millis(500), Size.mib(256))
          .mount("/tmp", EmptyDir.named("tmp-volume"))
          .service(s -> s.port("https", 443).nodePort("https", 30443).externalIps("10.58.1.10"));
      return cluster.build();
    }
  }

  /** A static pod for the kubelet's manifest directory, as seed 001's auto-deploy option uses. */
  public static final class StaticPods implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      cluster.namespace("kube-system").staticPod("app-manager")
          .image("registry.example.com/app-manager:1.4.0")
          .args("--watch", "/apps")
          .hostNetwork()
          .priorityClass(PriorityClassRef.SYSTEM_NODE_CRITICAL)
          .mountReadOnly("/apps", HostPath.of("apps", "/etc/kubernetes/apps", HostPathType.DIRECTORY_OR_CREATE))
          .mountReadOnly("/etc/kubernetes/admin.conf", HostPath.of("kubeconfig", "/etc/kubernetes/admin.conf",
              HostPathType.FILE))
          .liveness(Probe.exec("test", "-d", "/apps"))
          .limits(Cpu.millis(100), Size.mib(64))
          .securityContext(SecurityContext.user(0))
          .allow("host-network", "talks to the local API server before the cluster network exists")
          .allow("host-path-volume", "watches the node's manifest folder and uses its kubeconfig")
          .allow("run-as-root", "admin.conf is readable by root only");
      return cluster.build();
    }
  }

  /** A team namespace with its policies: quota, limit range, network policy, roles and priorities. */
  public static final class NamespacePolicies implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("prod");
      var batch = cluster.priorityClass("batch-low", 1000).neverPreempt().description("Batch work that can wait");
      var team = cluster.namespace("team-a").label("pod-security.kubernetes.io/enforce", "restricted");
      team.resourceQuota("compute")
          .requests(Cpu.cores(8), Size.gib(16))
          .limits(Cpu.cores(16), Size.gib(32))
          .pods(50)
          .objects("services.nodeports", 0);
      team.limitRange("container-defaults")
          .defaultRequest(Cpu.millis(100), Size.mib(128))
          .defaultLimit(Cpu.millis(500), Size.mib(512))
          .max(Cpu.cores(2), Size.gib(4));
      var api = team.app("api")
          .image("registry.example.com/team-a/api:2.3.1")
          .port("http", 8080)
          .readiness(Probe.http("/ready", "http"))
          .securityContext(SecurityContext.restricted(1000))
          .podSecurity(PodSecurity.nonRoot().seccompRuntimeDefault())
          .limits(Cpu.millis(500), Size.mib(512))
          .requireNodes(NodeRule.in("workload", "compute", "general"))
          .preferNodes(50, NodeRule.exists("ssd"));
      var db = team.statefulApp("db")
          .image("postgres:16.4")
          .port("postgres", 5432)
          .readiness(Probe.exec("pg_isready", "-U", "postgres"))
          .securityContext(SecurityContext.restricted(999))
          .limits(Cpu.cores(1), Size.gib(1))
          .podAffinity(api.ref(), TopologyKey.ZONE);
      team.scheduledJob("report", "@daily")
          .image("registry.example.com/team-a/report:1.0.0")
          .priorityClass(batch.ref())
          .securityContext(SecurityContext.restricted(1000))
          .limits(Cpu.millis(200), Size.mib(256))
          .preferPodAntiAffinity(100, db.ref(), TopologyKey.HOSTNAME);
      team.networkPolicy("db-from-api")
          .appliesTo(db.ref())
          .allowIngressFrom(NetworkPeer.podsOf(api.ref()), PortRef.named("postgres"));
      team.networkPolicy("api-egress")
          .appliesTo(api.ref())
          .allowEgressTo(NetworkPeer.podsOf(db.ref()), PortRef.named("postgres"))
          .allowEgressTo(NetworkPeer.allNamespaces(), Protocol.UDP, PortRef.number(53))
          .allowEgressTo(NetworkPeer.cidr("0.0.0.0/0", "10.0.0.0/8"), PortRef.number(443));
      var deployer = team.role("deployer")
          .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.PATCH, Verb.UPDATE).on("apps", "deployments", "statefulsets"))
          .rule(Rule.allow(Verb.GET).on(Rule.CORE, "configmaps").named("api-settings"));
      team.roleBinding("deployers", deployer.ref()).group("team-a-devs").user("ci@example.com");
      team.roleBinding("viewers", ClusterRoleRef.VIEW).group("team-a-readers");
      return cluster.build();
    }
  }
}
