package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import dev.kubeforge.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Generation;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.Size;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's dashboard Ingress (TLS and basic auth) in each controller's form, golden-tested: the
 * reviewable tree and the secrets tree of each case.
 */
class IngressGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/k8s");
  static final String PASSWORD = "kubernetes";
  static final SecretResolver RESOLVER = SecretResolver.of(
      Map.of("DASHBOARD_PASSWORD", PASSWORD), Path.of("src/test/resources"), Map.of());

  /** The seed's dashboard behind ingress-nginx, with its custom template and HTTP port 8080. */
  static final class NginxDashboard implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("seed");
      var system = cluster.namespace("kube-system");
      var template = system.configMap("nginx-template")
          .file(ConfigMapSource.fromResource("nginx/nginx.tmpl"));
      var nginx = IngressController.nginx().httpPort(8080).template(template.key("nginx.tmpl"));
      dashboard(system).controller(nginx);
      return cluster.build();
    }
  }

  /** The same dashboard behind Traefik: basic auth through a Middleware. */
  static final class TraefikDashboard implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("seed");
      dashboard(cluster.namespace("kube-system")).controller(IngressController.traefik());
      return cluster.build();
    }
  }

  /**
   * The dashboard on Gateway API: a Gateway with an HTTPS listener and an HTTPRoute; the certificate
   * comes from PEM files. Gateway API has no basic auth, so there is none here.
   */
  static final class GatewayDashboard implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("seed");
      var system = cluster.namespace("kube-system");
      var app = dashboardApp(system);
      system.ingress("dashboard")
          .controller(IngressController.gatewayApi("eg"))
          .host("kube-master.example.com", "/", app.service().port("http"))
          .tls(TlsCertificate.fromPem(SecretValue.fromFile(Path.of("tls/app-cert.pem")),
              SecretValue.fromFile(Path.of("tls/app-key.pem"))));
      return cluster.build();
    }
  }

  /** The dashboard as it runs upstream: as user 1001, limited, ready once its HTTP port answers. */
  static App.Builder dashboardApp(Namespace.Builder system) {
    return system.app("kubernetes-dashboard").image("kubernetesui/dashboard:v2.7.0").port("http", 9090)
        .readiness(Probe.http("/", "http").initialDelay(Duration.ofSeconds(15)))
        .limits(Cpu.millis(500), Size.mib(256))
        .securityContext(SecurityContext.restricted(1001));
  }

  static Ingress.Builder dashboard(Namespace.Builder system) {
    var app = dashboardApp(system);
    return system.ingress("dashboard")
        .host("kube-master.example.com", "/", app.service().port("http"))
        .tls(TlsCertificate.fromSecret("kube-master-secret"))
        .basicAuth(BasicAuth.of("admin", SecretValue.fromEnv("DASHBOARD_PASSWORD"))
            .realm("Authentication Required, please input user and password"));
  }

  static Generation generate(ClusterDefinition definition) {
    return Kubeforge.generate(List.of(definition), RESOLVER, BEFORE_THE_PACK);
  }

  static void assertCase(String name, Generation generation) {
    Golden.assertTree(GOLDEN.resolve(name).resolve("generated"), generation.files());
    Golden.assertTree(GOLDEN.resolve(name).resolve("secrets"), generation.secrets());
    assertEquals(List.of(), generation.warnings());
  }

  @Test
  void dashboardBehindIngressNginx() {
    assertCase("dashboard-nginx", generate(new NginxDashboard()));
  }

  @Test
  void dashboardBehindTraefik() {
    assertCase("dashboard-traefik", generate(new TraefikDashboard()));
  }

  @Test
  void dashboardOnGatewayApi() {
    assertCase("dashboard-gateway", generate(new GatewayDashboard()));
  }
}
