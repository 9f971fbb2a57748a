package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.Size;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import dev.kubeforge.secret.SettingsServer;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad input for Ingresses, config, secrets and storage: every message asserted whole, with path and hint. */
class IngressStorageProblemsTest {

  /** The errors of a cluster defined by {@code body}, as the exception lists them. */
  private static String errors(Consumer<Cluster.Builder> body) {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      body.accept(cluster);
      return cluster.build();
    };
    return assertThrows(ProblemsException.class, () -> Kubeforge.generate(List.of(definition), BEFORE_THE_PACK)).getMessage();
  }

  /** A web server that is otherwise clean: limited, with a readiness probe. */
  private static App.Builder web(Namespace.Builder ns) {
    return ns.app("web").image("nginx:1.27.3").port("http", 80)
        .readiness(Probe.http("/", "http"))
        .limits(Cpu.millis(500), Size.mib(256))
        .allow("run-as-root", "the nginx image binds port 80 as root; its worker processes run as user nginx");
  }

  @Test
  void rawIngressRoutingToAMissingService() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace web › ingress site › rule site.example.com/: routes to Service 'missing', \
        which namespace web does not have [dangling-backend]
          hint: route to a declared Service; app.service().port("name") gives a typed reference, and \
        namespace.external(ExternalService.named("missing").port(..)) declares one created by other means""",
        errors(c -> c.namespace("web").add(new IngressBuilder()
            .withNewMetadata().withName("site").endMetadata()
            .withNewSpec().addNewRule().withHost("site.example.com").withNewHttp().addNewPath()
            .withPath("/").withPathType("Prefix")
            .withNewBackend().withNewService().withName("missing").withNewPort().withNumber(80).endPort().endService()
            .endBackend().endPath().endHttp().endRule().endSpec().build())));
  }

  @Test
  void rawIngressRoutingToAnUndeclaredPort() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace web › ingress site › rule site.example.com/: routes to port 'https' of \
        Service 'web', which declares only [http (80)] [dangling-backend]
          hint: route to one of the Service's ports""",
        errors(c -> {
          var ns = c.namespace("web");
          web(ns);
          ns.add(new IngressBuilder()
              .withNewMetadata().withName("site").endMetadata()
              .withNewSpec().addNewRule().withHost("site.example.com").withNewHttp().addNewPath()
              .withPath("/").withPathType("Prefix")
              .withNewBackend().withNewService().withName("web").withNewPort().withName("https").endPort().endService()
              .endBackend().endPath().endHttp().endRule().endSpec().build());
        }));
  }

  @Test
  void rawHttpRouteToAnUndeclaredPortNumber() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace web › httproute site › rule 0: routes to port 8080 of Service 'web', \
        which declares only [http (80)] [dangling-backend]
          hint: route to one of the Service's ports""",
        errors(c -> {
          var ns = c.namespace("web");
          web(ns);
          ns.add(new HTTPRouteBuilder()
              .withNewMetadata().withName("site").endMetadata()
              .withNewSpec().addNewRule().addNewBackendRef().withName("web").withPort(8080).endBackendRef().endRule()
              .endSpec().build());
        }));
  }

  @Test
  void tlsHostThatNoRuleServes() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace web › ingress site › tls 0: TLS host 'www.example.com' is served by no \
        rule of Ingress 'site' (rule hosts: [site.example.com]) [tls-host-not-served]
          hint: add a rule for the host, or correct the host in the TLS entry""",
        errors(c -> {
          var ns = c.namespace("web");
          ns.ingress("site").host("site.example.com", "/", web(ns).service().port("http"))
              .tls(TlsCertificate.fromSecret("site-tls"), "www.example.com");
        }));
  }

  @Test
  void wildcardTlsHostServesTheRulesBelowIt() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      var ns = cluster.namespace("web");
      ns.ingress("site").host("site.example.com", "/", web(ns).service().port("http"))
          .tls(TlsCertificate.fromSecret("wildcard-tls"), "*.example.com");
      return cluster.build();
    };
    assertEquals(List.of(), Kubeforge.generate(List.of(definition), BEFORE_THE_PACK).warnings());
  }

  @Test
  void envReadingASecretTheNamespaceDoesNotDeclare() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace db › deployment mysql › container mysql: env MYSQL_ROOT_PASSWORD reads \
        Secret 'mysql', which namespace db does not declare [dangling-config-reference]
          hint: declare it with namespace.secret("mysql"), or allow("dangling-config-reference", reason) where it \
        is created outside the definition""",
        errors(c -> c.namespace("db").add(mysql(new ContainerBuilder().withName("mysql").withImage("mysql:8.4.2")
            .addNewEnv().withName("MYSQL_ROOT_PASSWORD").withNewValueFrom().withNewSecretKeyRef()
            .withName("mysql").withKey("password").endSecretKeyRef().endValueFrom().endEnv().build()))));
  }

  @Test
  void keysMissingFromDeclaredConfigMapsAndSecrets() {
    assertEquals("""
        2 errors (nothing was written)
        error: cluster prod › namespace db › deployment mysql › container mysql: env MYSQL_DATABASE reads key \
        'database' of ConfigMap 'mysql', which has only [mode] [dangling-config-reference]
          hint: read one of its keys; configMap.key("name") gives a typed reference
        error: cluster prod › namespace db › deployment mysql › volume certs: the volume reads key 'ca.crt' of \
        Secret 'mysql-tls', which has only [tls.crt, tls.key] [dangling-config-reference]
          hint: read one of its keys; secret.key("name") gives a typed reference""",
        errors(c -> {
          var db = c.namespace("db");
          db.configMap("mysql").entry("mode", "strict");
          db.secret("mysql-tls").tls(SecretValue.fromEnv("CERT"), SecretValue.fromEnv("KEY"));
          var container = new ContainerBuilder().withName("mysql").withImage("mysql:8.4.2")
              .addNewEnv().withName("MYSQL_DATABASE").withNewValueFrom().withNewConfigMapKeyRef()
              .withName("mysql").withKey("database").endConfigMapKeyRef().endValueFrom().endEnv().build();
          var deployment = mysql(container);
          deployment.getSpec().getTemplate().getSpec().getVolumes().add(new io.fabric8.kubernetes.api.model.VolumeBuilder()
              .withName("certs").withNewSecret().withSecretName("mysql-tls")
              .addNewItem().withKey("ca.crt").withPath("ca.crt").endItem().endSecret().build());
          db.add(deployment);
        }));
  }

  @Test
  void typedReferencesToDeclaredKeysPass() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      var db = cluster.namespace("db");
      var config = db.configMap("mysql").entry("database", "app");
      var secret = db.secret("mysql").entry("password", SecretValue.fromEnv("MYSQL_PASSWORD"));
      var container = new ContainerBuilder().withName("mysql").withImage("mysql:8.4.2")
          .addNewEnv().withName("MYSQL_DATABASE").withNewValueFrom().withConfigMapKeyRef(config.key("database").selector())
          .endValueFrom().endEnv()
          .addNewEnv().withName("MYSQL_ROOT_PASSWORD").withNewValueFrom().withSecretKeyRef(secret.key("password").selector())
          .endValueFrom().endEnv().build();
      db.add(mysql(container));
      return cluster.build();
    };
    assertEquals(List.of(), Kubeforge.generate(List.of(definition), BEFORE_THE_PACK).warnings());
  }

  @Test
  void claimNamingAnUndeclaredStorageClass() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace db › pvc mysql-data: PersistentVolumeClaim 'mysql-data' names StorageClass \
        'fast', which the cluster does not declare (declared: [nfs]) [unknown-storage-class]
          hint: declare it with cluster.storageClass("fast", provisioner), or allow("unknown-storage-class", reason) \
        for a class the platform provides""",
        errors(c -> {
          c.storageClass("nfs", "example.com/nfs").defaultClass();
          c.namespace("db").pvc("mysql-data", Size.gib(10)).storageClass(StorageClassRef.named("fast"));
        }));
  }

  @Test
  void claimWithoutClassWhileNoDefaultClassExists() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace db › pvc mysql-data: PersistentVolumeClaim 'mysql-data' names no \
        StorageClass and the cluster declares no default class, so nothing would provision its volume \
        (declared: [nfs]) [unknown-storage-class]
          hint: set .storageClass(..) on the claim, or mark a class with .defaultClass()""",
        errors(c -> {
          c.storageClass("nfs", "example.com/nfs");
          c.namespace("db").pvc("mysql-data", Size.gib(10));
        }));
  }

  @Test
  void claimTemplateNamingAnUndeclaredStorageClassAndRawClaim() {
    assertEquals("""
        2 errors (nothing was written)
        error: cluster prod › namespace db › persistentvolumeclaim scratch: PersistentVolumeClaim 'scratch' names \
        StorageClass 'local', which the cluster does not declare (declared: []) [unknown-storage-class]
          hint: declare it with cluster.storageClass("local", provisioner), or allow("unknown-storage-class", \
        reason) for a class the platform provides
        error: cluster prod › namespace db › statefulset pg › claim template data: claim template 'data' names \
        StorageClass 'slow', which the cluster does not declare (declared: []) [unknown-storage-class]
          hint: declare it with cluster.storageClass("slow", provisioner), or allow("unknown-storage-class", \
        reason) for a class the platform provides""",
        errors(c -> {
          var db = c.namespace("db");
          db.add(new StatefulSetBuilder().withNewMetadata().withName("pg").endMetadata()
              .withNewSpec().addToVolumeClaimTemplates(
                  ClaimTemplate.named("data", Size.gib(1)).storageClass(StorageClassRef.named("slow")).persistentVolumeClaim())
              .endSpec().build());
          db.add(new PersistentVolumeClaimBuilder().withNewMetadata().withName("scratch").endMetadata()
              .withNewSpec().withStorageClassName("local").endSpec().build());
        }));
  }

  @Test
  void twoDefaultStorageClasses() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › storageclass ssd: StorageClass 'ssd' is a default class, and so is 'nfs'; claims \
        without a class would get either [multiple-default-storage-classes]
          hint: mark one class only with .defaultClass()""",
        errors(c -> {
          c.storageClass("nfs", "example.com/nfs").defaultClass();
          c.storageClass("ssd", "disk.csi.example.com").defaultClass();
        }));
  }

  @Test
  void secretAddedAsIsWithValues() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace db › secret mysql: Secret 'mysql' was added as is with its values, which \
        would write them into the reviewable output [raw-secret]
          hint: declare it with namespace.secret("mysql").entry(key, SecretValue.fromEnv(..)) so its values go to \
        the secrets output""",
        errors(c -> c.namespace("db").add(new SecretBuilder().withNewMetadata().withName("mysql").endMetadata()
            .addToStringData("password", "hunter2").build())));
  }

  @Test
  void declaredSecretCollidingWithTheOneAnIngressGenerates() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace kube-system › ingress dashboard › secret dashboard-basic-auth: Secret \
        'dashboard-basic-auth' is defined twice; the first definition is at cluster prod › namespace kube-system \
        › secret dashboard-basic-auth [duplicate-object]
          hint: give one of them another name, or remove one""",
        errors(c -> {
          var system = c.namespace("kube-system");
          system.secret("dashboard-basic-auth").entry("auth", SecretValue.fromFile(Path.of("auth")));
          IngressGoldenTest.dashboard(system);
        }));
  }

  @Test
  void basicAuthOnGatewayApi() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace kube-system › ingress dashboard › basic auth: Gateway API has no standard \
        basic auth; the routes would be open [controller-unsupported]
          hint: use IngressController.traefik() or nginx(), or add your implementation's auth policy as is and \
        allow("controller-unsupported", reason)""",
        errors(c -> IngressGoldenTest.dashboard(c.namespace("kube-system"))
            .controller(IngressController.gatewayApi("eg"))));
  }

  @Test
  void implementationSpecificPathsAndCustomizeOnGatewayApi() {
    assertEquals("""
        2 errors (nothing was written)
        error: cluster prod › namespace web › ingress site › customize: customize(..) changes the Ingress object, \
        which Gateway API does not generate [controller-unsupported]
          hint: add your changes to the Gateway or HTTPRoute with namespace.add(..)
        error: cluster prod › namespace web › ingress site › rule 0: Gateway API has no ImplementationSpecific \
        path type [controller-unsupported]
          hint: use PathType.PREFIX or PathType.EXACT""",
        errors(c -> {
          var ns = c.namespace("web");
          ns.ingress("site").controller(IngressController.gatewayApi("eg"))
              .host("site.example.com", "/api/.*", PathType.IMPLEMENTATION_SPECIFIC, web(ns).service().port("http"))
              .customize(i -> i.editMetadata().addToLabels("team", "web").endMetadata());
        }));
  }

  @Test
  void addBaseUrlIsReportedAndWrittenOnlyWhenAllowed() {
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace default › ingress kibana › add-base-url: ingress-nginx has no add-base-url: \
        ingress-nginx removed the annotation in 0.22.0 and other controllers never had it, so the app's links \
        would break [controller-unsupported]
          hint: serve the app under its base path itself (Kibana: server.basePath) and route that path""",
        errors(c -> kibana(c.namespace("default"))));

    ClusterDefinition allowed = () -> {
      var cluster = Cluster.named("prod");
      kibana(cluster.namespace("default"))
          .allow("controller-unsupported", "our fork of the 0.9 controller still reads add-base-url");
      return cluster.build();
    };
    var ingress = Kubeforge.generate(List.of(allowed), BEFORE_THE_PACK).files().text("prod/kubernetes/default/ingress-kibana.yaml");
    assertTrue(ingress.contains("""
          annotations:
            ingress.kubernetes.io/add-base-url: /api/v1/proxy/namespaces/default/services/kibana-logging
        """), ingress);
  }

  private static Ingress.Builder kibana(Namespace.Builder ns) {
    var kibana = ns.app("kibana-logging").image("kibana:8.15.0").port("ui", 5601)
        .readiness(Probe.http("/api/status", "ui"))
        .limits(Cpu.cores(1), Size.gib(2))
        .securityContext(SecurityContext.user(1000));
    return ns.ingress("kibana").controller(IngressController.nginx().legacyAnnotations())
        .host("kube-master.example.com", "/", kibana.service().port("ui"))
        .baseUrl("/api/v1/proxy/namespaces/default/services/kibana-logging");
  }

  @Test
  void unavailableSecretsAreWarningsNamingObjectAndSource() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      var ci = cluster.namespace("ci");
      ci.secret("env").entry("token", SecretValue.fromEnv("CI_TOKEN"));
      ci.secret("file").entry("key", SecretValue.fromFile(Path.of("tls/missing.pem")));
      ci.secret("registry").dockerConfig("registry.example.com", SecretValue.fromMavenSettings("registry"));
      ci.secret("nexus").entry("password", SecretValue.fromMavenSettings("nexus"));
      return cluster.build();
    };
    var resolver = SecretResolver.of(Map.of(), Path.of("src/test/resources"),
        Map.of("nexus", new SettingsServer("nexus", "deployer", null)));
    var generation = Kubeforge.generate(List.of(definition), resolver, BEFORE_THE_PACK);

    var base = Path.of("src/test/resources").resolve(Path.of("tls/missing.pem"));
    assertEquals(List.of(
        "cluster prod › namespace ci › secret env › key token: environment variable CI_TOKEN is not set; Secret env "
            + "is left out of the secrets output [secret-unavailable]\n"
            + "  hint: supply the source before generating, or allow(\"secret-unavailable\", reason) where the Secret "
            + "is created another way",
        "cluster prod › namespace ci › secret file › key key: file tls/missing.pem does not exist (looked at " + base
            + "); Secret file is left out of the secrets output [secret-unavailable]\n"
            + "  hint: supply the source before generating, or allow(\"secret-unavailable\", reason) where the Secret "
            + "is created another way",
        "cluster prod › namespace ci › secret nexus › key password: settings.xml server nexus <password> is not "
            + "set; Secret nexus is left out of the secrets output [secret-unavailable]\n"
            + "  hint: supply the source before generating, or allow(\"secret-unavailable\", reason) where the Secret "
            + "is created another way",
        "cluster prod › namespace ci › secret registry › key .dockerconfigjson: settings.xml has no server with id "
            + "registry; Secret registry is left out of the secrets output [secret-unavailable]\n"
            + "  hint: supply the source before generating, or allow(\"secret-unavailable\", reason) where the Secret "
            + "is created another way"),
        generation.warnings().stream().map(Problem::toString).toList());
    assertTrue(generation.secrets().paths().isEmpty(), generation.secrets().toString());
  }

  @Test
  void unavailableSecretAllowedWithAReason() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("prod");
      cluster.namespace("ci").secret("env").entry("token", SecretValue.fromEnv("CI_TOKEN"))
          .allow("secret-unavailable", "created by the CI system from its vault");
      return cluster.build();
    };
    var generation = Kubeforge.generate(List.of(definition), SecretResolver.of(Map.of(), Path.of("."), Map.of()), BEFORE_THE_PACK);
    assertEquals(List.of(), generation.warnings());
  }

  @Test
  void passwordLongerThanBcryptCanHash() {
    var generation = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()),
        SecretResolver.of(Map.of("DASHBOARD_PASSWORD", "x".repeat(80)), Path.of("src/test/resources"), Map.of()),
        BEFORE_THE_PACK);
    assertEquals(List.of("cluster seed › namespace kube-system › ingress dashboard › secret dashboard-basic-auth › "
            + "key auth: the password of user admin from environment variable DASHBOARD_PASSWORD has 80 bytes; bcrypt "
            + "hashes at most 71; Secret dashboard-basic-auth is left out of the secrets output [secret-unavailable]\n"
            + "  hint: supply the source before generating, or allow(\"secret-unavailable\", reason) where the Secret "
            + "is created another way"),
        generation.warnings().stream().map(Problem::toString).toList());
  }

  @Test
  void misuseAtTheCallSiteThrowsWithTheValueAndTheRule() {
    var cluster = Cluster.named("prod");
    var ns = cluster.namespace("web");
    var port = web(ns).service().port("http");
    var other = web(cluster.namespace("other")).service().port("http");
    var ingress = ns.ingress("site");
    var config = ns.configMap("site");
    var secret = ns.secret("registry").dockerConfig("registry.example.com", SecretValue.fromMavenSettings("registry"));

    assertThrowsWith("not a host name: 'Site.example.com' (a DNS-1123 subdomain such as kube-master.example.com, or "
        + "a wildcard such as *.example.com)", () -> ingress.host("Site.example.com", "/", port));
    assertThrowsWith("an ingress path starts with '/' and has no spaces: 'api'", () -> ingress.host("a.example.com", "api", port));
    assertThrowsWith("ingress site in namespace web cannot route to service web in namespace other (Ingress backends "
        + "are in the Ingress's namespace)", () -> ingress.host("a.example.com", "/", other));
    assertThrowsWith("config map key is not a valid key: 'nginx tmpl' (letters, digits, '-', '_' and '.', at most 253)",
        () -> config.entry("nginx tmpl", "x"));
    config.entry("mode", "strict");
    assertThrowsWith("config map site already has key 'mode'", () -> config.entry("mode", "lax"));
    assertThrowsWith("config map site has no key 'nginx.tmpl' (keys: [mode])", () -> config.key("nginx.tmpl"));
    assertThrowsWith("no classpath resource nginx/missing.tmpl (put it under src/main/resources)",
        () -> ConfigMapSource.fromResource("nginx/missing.tmpl"));
    var conflict = assertThrows(IllegalStateException.class,
        () -> secret.tls(SecretValue.fromEnv("CERT"), SecretValue.fromEnv("KEY")));
    assertEquals("secret registry is already of type kubernetes.io/dockerconfigjson, it cannot also be "
        + "kubernetes.io/tls", conflict.getMessage());
    assertThrowsWith("not an environment variable name: 'DASHBOARD-PASSWORD' (letters, digits and '_', not starting "
        + "with a digit)", () -> SecretValue.fromEnv("DASHBOARD-PASSWORD"));
    assertThrowsWith("not an htpasswd user name: 'ad:min' (not empty; no ':', spaces or control characters)",
        () -> BasicAuth.of("ad:min", SecretValue.fromEnv("P")));
    assertThrowsWith("claim data must request more than 0 bytes", () -> ClaimTemplate.named("data", Size.bytes(0)));
    assertThrowsWith("a volume path must be absolute: 'exports/db'", () -> PersistentVolumeSource.nfs("10.0.0.5", "exports/db"));
  }

  private static void assertThrowsWith(String message, org.junit.jupiter.api.function.Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  /** A MySQL Deployment added as is, limited and running as the image's mysql user, around {@code container}. */
  private static io.fabric8.kubernetes.api.model.apps.Deployment mysql(io.fabric8.kubernetes.api.model.Container container) {
    var limited = new ContainerBuilder(container).withNewResources()
        .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi")).endResources().build();
    return new DeploymentBuilder().withNewMetadata().withName("mysql").endMetadata()
        .withNewSpec().withNewSelector().addToMatchLabels("app", "mysql").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("app", "mysql").endMetadata()
        .withNewSpec().addToContainers(limited).withNewSecurityContext().withRunAsUser(999L).endSecurityContext()
        .withVolumes(new java.util.ArrayList<>()).endSpec().endTemplate()
        .endSpec().build();
  }
}
