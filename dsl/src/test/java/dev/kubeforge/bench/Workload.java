package dev.kubeforge.bench;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.BasicAuth;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.TlsCertificate;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;

/**
 * The benchmark workload W(N) of PERFORMANCE.md, written in the DSL as users write it: N apps, each a
 * Deployment (2 replicas, readiness and liveness probes, resources, 3 env vars, rolling update), its
 * Service, an Ingress with TLS and basic auth, and a ConfigMap.
 */
public final class Workload implements ClusterDefinition {

  private final int apps;

  public Workload(int apps) {
    this.apps = apps;
  }

  @Override
  public Cluster define() {
    var cluster = Cluster.named("bench");
    var namespace = cluster.namespace("apps");
    var auth = BasicAuth.of("admin", SecretValue.fromEnv("BENCH_PASSWORD"));
    for (int i = 0; i < apps; i++) {
      var name = "app-" + i;
      var app = namespace.app(name)
          .image("registry.example.com/team/" + name + ":1.4.2")
          .replicas(2)
          .rollingUpdate(PodCount.percent(25), PodCount.of(0))
          .port("http", 8080)
          .env("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC")
          .env("LOG_LEVEL", "info")
          .env("FEATURE_FLAGS", "a,b,c")
          .readiness(Probe.http("/ready", "http").initialDelay(Duration.ofSeconds(5)))
          .liveness(Probe.http("/healthz", "http").initialDelay(Duration.ofSeconds(15)))
          .requests(Cpu.millis(100), Size.mib(128))
          .limits(Cpu.millis(500), Size.mib(256))
          .securityContext(SecurityContext.restricted(1000))
          .label("app.kubernetes.io/part-of", "bench");
      namespace.configMap(name + "-config")
          .entry("application.properties", "server.port=8080\nmanagement.port=8081\nname=" + name + "\n")
          .entry("LOG_FORMAT", "json");
      namespace.ingress(name)
          .host(name + ".example.com", "/", app.service().port("http"))
          .tls(TlsCertificate.fromSecret(name + "-tls"))
          .basicAuth(auth);
    }
    cluster.allow("secret-unavailable", "the benchmark renders the reviewable tree only");
    return cluster.build();
  }
}
