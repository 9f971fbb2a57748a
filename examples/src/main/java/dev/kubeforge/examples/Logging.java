package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.BasicAuth;
import dev.kubeforge.k8s.ClaimTemplate;
import dev.kubeforge.k8s.ConfigMapSource;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.FieldRef;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.IngressController;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PodSecurity;
import dev.kubeforge.k8s.PriorityClassRef;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.ServicePort;
import dev.kubeforge.k8s.StorageClassRef;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TlsCertificate;
import dev.kubeforge.k8s.Toleration;
import dev.kubeforge.k8s.Verb;
import java.time.Duration;

/**
 * Seed 001's ELK: fluentd on every node ships the containers' logs to Elasticsearch, configured from the
 * seed's {@code elasticsearch.yml} (with CORS open, so Grafana can read the logs too) and
 * {@code log4j2.properties}, and Kibana shows them under {@code /kibana} of the operations host.
 */
final class Logging {

  static final String NAMESPACE = "logging";
  private static final String ELASTIC_VERSION = "8.15.3";

  private Logging() {}

  /**
   * Installs the stack; Kibana is served at {@code https://<host>/kibana} behind {@code auth}. Returns
   * Elasticsearch's HTTP port, for Grafana's data source.
   */
  static ServicePort install(Cluster.Builder cluster, StorageClassRef storage, IngressController nginx, String host,
      BasicAuth auth) {
    var namespace = cluster.namespace(NAMESPACE);
    var elasticsearch = elasticsearch(namespace, storage);
    fluentd(cluster, namespace, elasticsearch);
    var kibana = namespace.app("kibana-logging")
        .image("docker.elastic.co/kibana/kibana:" + ELASTIC_VERSION)
        .port("http", 5601)
        .env("ELASTICSEARCH_HOSTS", url(elasticsearch))
        // The seed's KIBANA_BASE_URL + ingress add-base-url: today Kibana serves under its base path itself.
        .env("SERVER_BASEPATH", "/kibana")
        .env("SERVER_REWRITEBASEPATH", "true")
        .env("SERVER_PUBLICBASEURL", "https://" + host + "/kibana")
        .securityContext(SecurityContext.restricted(1000))
        .readiness(Probe.http("/kibana/api/status", "http").initialDelay(Duration.ofSeconds(30)))
        .liveness(Probe.http("/kibana/api/status", "http").initialDelay(Duration.ofSeconds(120)))
        .requests(Cpu.millis(200), Size.mib(512))
        .limits(Cpu.cores(1), Size.gib(1))
        .mount("/usr/share/kibana/data", EmptyDir.named("data"));
    namespace.ingress("kibana")
        .controller(nginx)
        .host(host, "/kibana", kibana.service().port("http"))
        .tls(TlsCertificate.fromSecret(Production.OPERATIONS_TLS))
        .basicAuth(auth);
    return elasticsearch;
  }

  /** A single-node Elasticsearch with its data on a claim per pod; returns its HTTP port. */
  private static ServicePort elasticsearch(Namespace.Builder namespace, StorageClassRef storage) {
    var config = namespace.configMap("elasticsearch-config")
        .file(ConfigMapSource.fromResource("production/logging/elasticsearch.yml"))
        .file(ConfigMapSource.fromResource("production/logging/log4j2.properties"));
    var configDirectory = "/usr/share/elasticsearch/config/";
    var elasticsearch = namespace.statefulApp("elasticsearch-logging")
        .image("docker.elastic.co/elasticsearch/elasticsearch:" + ELASTIC_VERSION)
        .port("http", 9200)
        .port("transport", 9300)
        .env("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
        .podSecurity(PodSecurity.user(1000).group(1000).fsGroup(1000))
        .securityContext(SecurityContext.restricted(1000))
        .readiness(Probe.http("/_cluster/health?local=true", "http").initialDelay(Duration.ofSeconds(20)))
        .liveness(Probe.tcp("transport").initialDelay(Duration.ofSeconds(60)))
        .requests(Cpu.millis(500), Size.gib(2))
        .limits(Cpu.cores(2), Size.gib(2))
        .mountSubPath(configDirectory + "elasticsearch.yml", config.ref(), "elasticsearch.yml")
        .mountSubPath(configDirectory + "log4j2.properties", config.ref(), "log4j2.properties")
        .mount("/usr/share/elasticsearch/data",
            ClaimTemplate.named("data", Size.gib(30)).storageClass(storage));
    return elasticsearch.service().port("http");
  }

  /**
   * fluentd on every node, the control plane included, tailing the containers' logs ({@code /var/log/pods},
   * written by containerd in the CRI format) and the journal, and shipping them to Elasticsearch.
   */
  private static void fluentd(Cluster.Builder cluster, Namespace.Builder namespace, ServicePort elasticsearch) {
    var account = namespace.serviceAccount("fluentd");
    var reader = cluster.clusterRole("fluentd")
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "pods", "namespaces"));
    cluster.clusterRoleBinding("fluentd", reader.ref()).serviceAccount(account.ref());
    namespace.daemonApp("fluentd")
        .image("fluent/fluentd-kubernetes-daemonset:v1.17.1-debian-elasticsearch8-1.0")
        .serviceAccount(account.ref())
        .priorityClass(PriorityClassRef.SYSTEM_NODE_CRITICAL)
        .toleration(Toleration.of(Taint.CONTROL_PLANE))
        .env("FLUENT_ELASTICSEARCH_HOST", elasticsearch.service())
        .env("FLUENT_ELASTICSEARCH_PORT", Integer.toString(elasticsearch.port()))
        .env("FLUENT_ELASTICSEARCH_SCHEME", "http")
        .env("FLUENT_CONTAINER_TAIL_PARSER_TYPE", "cri")
        .env("FLUENT_CONTAINER_TAIL_PARSER_TIME_FORMAT", "%Y-%m-%dT%H:%M:%S.%N%:z")
        .env("NODE_NAME", FieldRef.NODE_NAME)
        .securityContext(SecurityContext.user(0))
        .requests(Cpu.millis(100), Size.mib(200))
        .limits(Size.mib(512))
        .mount("/var/log", HostPath.directory("varlog", "/var/log"))
        .allow("host-path-volume", "reads the node's container logs and journal, and keeps its read positions there")
        .allow("run-as-root", "the node's log files are readable by root only");
  }

  /** The in-cluster URL of a Service port, for clients configured by URL. */
  static String url(ServicePort port) {
    return "http://" + port.service() + "." + port.namespace() + ".svc:" + port.port();
  }
}
