package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.BasicAuth;
import dev.kubeforge.k8s.ConfigMapSource;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.IngressController;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.PodSecurity;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.ServicePort;
import dev.kubeforge.k8s.TlsCertificate;
import dev.kubeforge.k8s.Toleration;
import dev.kubeforge.k8s.Verb;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;

/**
 * Seed 001's monitoring: node-exporter on every node and kube-state-metrics feed Prometheus, which runs
 * with Alertmanager in one pod as in the seed, configured from the seed's {@code prometheus.yml}, alert
 * rules and {@code alertmanager.yml}; Grafana shows the graphs. Prometheus and Grafana are served under
 * {@code /prometheus} and {@code /grafana} of the operations host.
 *
 * <p>Both reload their configuration after a ConfigMap change with the seed's
 * {@code curl -X POST http://<host>:<port>/-/reload} ({@code --web.enable-lifecycle}).
 */
final class Monitoring {

  static final String NAMESPACE = "monitoring";
  private static final String CONFIG = "/etc/prometheus/";
  private static final String ALERTMANAGER_CONFIG = "/etc/alertmanager/";

  private Monitoring() {}

  /**
   * Installs the stack; Grafana reads Prometheus and {@code logs} (Elasticsearch), Prometheus is served
   * behind {@code auth}, Grafana behind its own login.
   */
  static void install(Cluster.Builder cluster, IngressController nginx, String host, BasicAuth auth,
      ServicePort logs) {
    var namespace = cluster.namespace(NAMESPACE);
    nodeExporter(namespace);
    kubeStateMetrics(cluster, namespace);
    var prometheus = prometheus(cluster, namespace, host);
    var grafana = grafana(namespace, host, prometheus, logs);
    var tls = TlsCertificate.fromSecret(Production.OPERATIONS_TLS);
    namespace.ingress("prometheus")
        .controller(nginx)
        .host(host, "/prometheus", prometheus)
        .tls(tls)
        .basicAuth(auth);
    namespace.ingress("grafana")
        .controller(nginx)
        .host(host, "/grafana", grafana)
        .tls(tls);
  }

  /** node-exporter on every node, control plane included: the nodes' hardware and OS metrics. */
  private static void nodeExporter(Namespace.Builder namespace) {
    namespace.daemonApp("node-exporter")
        .image("quay.io/prometheus/node-exporter:v1.8.2")
        .port("metrics", 9100)
        .args("--path.rootfs=/host")
        .hostNetwork()
        .toleration(Toleration.everything())
        .rollingUpdate(PodCount.of(0), PodCount.percent(10))
        .readiness(Probe.http("/", "metrics"))
        .requests(Cpu.millis(50), Size.mib(64))
        .limits(Cpu.millis(200), Size.mib(128))
        .securityContext(SecurityContext.restricted(65534).readOnlyRoot())
        .mountReadOnly("/host", HostPath.directory("root", "/"))
        .podAnnotation("prometheus.io/scrape", "true")
        .service(s -> s.headless())
        .allow("host-network", "reports the node's own network statistics")
        .allow("host-path-volume", "reads the node's file systems for their usage");
  }

  /** kube-state-metrics: the state of Deployments, pods, nodes and quotas, as metrics. */
  private static void kubeStateMetrics(Cluster.Builder cluster, Namespace.Builder namespace) {
    var account = namespace.serviceAccount("kube-state-metrics");
    var reader = cluster.clusterRole("kube-state-metrics")
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on(Rule.CORE, "configmaps", "endpoints", "limitranges", "namespaces",
            "nodes", "persistentvolumeclaims", "persistentvolumes", "pods", "replicationcontrollers",
            "resourcequotas", "secrets", "services"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("apps", "daemonsets", "deployments", "replicasets", "statefulsets"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("batch", "cronjobs", "jobs"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("autoscaling", "horizontalpodautoscalers"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("policy", "poddisruptionbudgets"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("networking.k8s.io", "ingresses", "networkpolicies"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("storage.k8s.io", "storageclasses"));
    cluster.clusterRoleBinding("kube-state-metrics", reader.ref()).serviceAccount(account.ref());
    namespace.app("kube-state-metrics")
        .image("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.13.0")
        .port("http-metrics", 8080)
        .port("telemetry", 8081)
        .serviceAccount(account.ref())
        .podAnnotation("prometheus.io/scrape", "true")
        .liveness(Probe.http("/livez", "http-metrics").initialDelay(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(5)))
        .readiness(Probe.http("/readyz", "telemetry").initialDelay(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(5)))
        .securityContext(SecurityContext.restricted(65534).readOnlyRoot())
        .requests(Cpu.millis(50), Size.mib(128))
        .limits(Cpu.millis(500), Size.mib(256));
  }

  /**
   * Prometheus with Alertmanager beside it in one pod, as the seed ran them; Prometheus sends alerts to
   * {@code localhost:9093}. Returns Prometheus's web port.
   */
  private static ServicePort prometheus(Cluster.Builder cluster, Namespace.Builder namespace, String host) {
    var account = namespace.serviceAccount("prometheus");
    var scraper = cluster.clusterRole("prometheus")
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH)
            .on(Rule.CORE, "endpoints", "nodes", "nodes/metrics", "nodes/proxy", "pods", "services"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("discovery.k8s.io", "endpointslices"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("networking.k8s.io", "ingresses"))
        .rule(Rule.allow(Verb.GET).urls("/metrics"));
    cluster.clusterRoleBinding("prometheus", scraper.ref()).serviceAccount(account.ref());
    var config = namespace.configMap("prometheus-config")
        .file(ConfigMapSource.fromResource("production/monitoring/prometheus.yml"))
        .file(ConfigMapSource.fromResource("production/monitoring/alert-rules.yml"));
    var alertmanagerConfig = namespace.configMap("alertmanager-config")
        .file(ConfigMapSource.fromResource("production/monitoring/alertmanager.yml"));
    var prometheus = namespace.app("prometheus")
        .image("quay.io/prometheus/prometheus:v2.55.1")
        .port("web", 9090)
        .args("--config.file=" + CONFIG + "prometheus.yml",
            "--storage.tsdb.path=/prometheus",
            "--storage.tsdb.retention.time=15d",
            "--web.enable-lifecycle",
            "--web.external-url=https://" + host + "/prometheus/",
            "--web.route-prefix=/prometheus")
        .serviceAccount(account.ref())
        .recreate()
        .podSecurity(PodSecurity.user(65534).group(65534).fsGroup(65534))
        .securityContext(SecurityContext.restricted(65534).readOnlyRoot())
        .readiness(Probe.http("/prometheus/-/ready", "web").initialDelay(Duration.ofSeconds(10)))
        .liveness(Probe.http("/prometheus/-/healthy", "web").initialDelay(Duration.ofSeconds(30)))
        .requests(Cpu.millis(500), Size.gib(2))
        .limits(Cpu.cores(2), Size.gib(4))
        .mountReadOnly(CONFIG, config.ref())
        .mount("/prometheus", EmptyDir.named("data").sizeLimit(Size.gib(20)))
        .sidecar("alertmanager", alertmanager -> alertmanager
            .image("quay.io/prometheus/alertmanager:v0.27.0")
            .port("alertmanager", 9093)
            .args("--config.file=" + ALERTMANAGER_CONFIG + "alertmanager.yml",
                "--storage.path=/alertmanager",
                "--web.external-url=http://localhost:9093/")
            .securityContext(SecurityContext.restricted(65534).readOnlyRoot())
            .readiness(Probe.http("/-/ready", "alertmanager"))
            .liveness(Probe.http("/-/healthy", "alertmanager").initialDelay(Duration.ofSeconds(30)))
            .requests(Cpu.millis(50), Size.mib(64))
            .limits(Cpu.millis(200), Size.mib(256))
            .mountReadOnly(ALERTMANAGER_CONFIG, alertmanagerConfig.ref())
            .mount("/alertmanager", EmptyDir.named("alertmanager-data")));
    return prometheus.service().port("web");
  }

  /**
   * Grafana with its data sources (Prometheus, and Elasticsearch for the logs, which the seed opened
   * with CORS) and the cluster dashboard provisioned from files, where the seed clicked them together
   * and imported dashboards by id. Returns its web port.
   */
  private static ServicePort grafana(Namespace.Builder namespace, String host, ServicePort prometheus,
      ServicePort logs) {
    var admin = namespace.secret("grafana").entry("admin-password", SecretValue.fromEnv("GRAFANA_ADMIN_PASSWORD"));
    var datasources = namespace.configMap("grafana-datasources").entry("datasources.yaml", """
        apiVersion: 1
        datasources:
          - name: Prometheus
            uid: prometheus
            type: prometheus
            access: proxy
            url: %s/prometheus
            isDefault: true
          - name: Elasticsearch
            uid: elasticsearch
            type: elasticsearch
            access: proxy
            url: %s
            jsonData:
              index: "logstash-*"
              timeField: "@timestamp"
        """.formatted(Logging.url(prometheus), Logging.url(logs)));
    var providers = namespace.configMap("grafana-dashboard-providers")
        .file(ConfigMapSource.fromResource("production/monitoring/dashboards.yaml"));
    var dashboards = namespace.configMap("grafana-dashboards")
        .file(ConfigMapSource.fromResource("production/monitoring/kubernetes-cluster.json"));
    var provisioning = "/etc/grafana/provisioning/";
    return namespace.app("grafana")
        .image("grafana/grafana:11.3.1")
        .port("http", 3000)
        .env("GF_SECURITY_ADMIN_PASSWORD", admin.key("admin-password"))
        .env("GF_SERVER_ROOT_URL", "https://" + host + "/grafana/")
        .env("GF_SERVER_SERVE_FROM_SUB_PATH", "true")
        .env("GF_LOG_MODE", "console")
        .recreate()
        .podSecurity(PodSecurity.user(472).group(472).fsGroup(472))
        .securityContext(SecurityContext.restricted(472).readOnlyRoot())
        .readiness(Probe.http("/grafana/api/health", "http"))
        .liveness(Probe.http("/grafana/api/health", "http").initialDelay(Duration.ofSeconds(60)))
        .requests(Cpu.millis(100), Size.mib(128))
        .limits(Cpu.millis(500), Size.mib(512))
        .mountReadOnly(provisioning + "datasources", datasources.ref())
        .mountReadOnly(provisioning + "dashboards", providers.ref())
        .mountReadOnly("/var/lib/grafana/dashboards", dashboards.ref())
        .mount("/var/lib/grafana", EmptyDir.named("data"))
        .mount("/tmp", EmptyDir.named("tmp"))
        .service().port("http");
  }
}
