package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.ExternalClaim;
import dev.kubeforge.k8s.ExternalConfigMap;
import dev.kubeforge.k8s.ExternalSecret;
import dev.kubeforge.k8s.ExternalService;
import dev.kubeforge.k8s.ExternalStorageClass;
import dev.kubeforge.k8s.Labels;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecretKey;
import dev.kubeforge.k8s.StorageClassRef;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks that knew only the conventions, on workloads that keep their own selector and unnamed ports,
 * and on references to objects declared external: such references pass, a misspelt one still fails.
 */
class ConventionChecksTest {

  private static List<String> problems(Cluster cluster, String checkId) {
    return WorkloadChecksTest.problems(cluster, checkId);
  }

  /** An Ingress added as is, as a chart's values would write it, to {@code service} on port {@code number}. */
  private static Ingress rawIngress(String service, int number) {
    return new IngressBuilder()
        .withNewMetadata().withName("longhorn").endMetadata()
        .withNewSpec().addNewRule().withHost("longhorn.example.com").withNewHttp().addNewPath()
        .withPath("/").withPathType("Prefix")
        .withNewBackend().withNewService().withName(service).withNewPort().withNumber(number).endPort().endService()
        .endBackend().endPath().endHttp().endRule().endSpec().build();
  }

  private static Namespace.Builder redis(Cluster.Builder cluster, Probe readiness) {
    var web = cluster.namespace("web");
    web.app("redis").selector(Labels.of("app", "redis", "tier", "backend")).containerName("leader")
        .image("docker.io/redis:6.0.5").port(6379).readiness(readiness);
    return web;
  }

  @Test
  void aServiceOfAnOwnSelectorSelectsItsPodsAndAProbeReachesAnUnnamedPort() {
    var cluster = Cluster.named("prod");
    redis(cluster, Probe.tcp(6379));
    var built = cluster.build();
    assertEquals(List.of(), problems(built, "service-selects-nothing"));
    assertEquals(List.of(), problems(built, "probe-port-undeclared"));
  }

  @Test
  void aProbeOnAnotherNumberThanTheUnnamedPortIsStillReported() {
    var cluster = Cluster.named("prod");
    redis(cluster, Probe.tcp(6380));
    assertEquals(List.of("ERROR cluster prod › namespace web › app redis › container leader › readiness probe:"
            + " readiness probe targets port 6380, which container leader does not declare (declared: 6379)"
            + " [probe-port-undeclared]\n"
            + "  hint: declare it with .port(6380) (or .port(\"<name>\", 6380) and probe it by name),"
            + " or probe a declared port"),
        problems(cluster.build(), "probe-port-undeclared"));
  }

  @Test
  void anIngressToAnExternalServiceIsNotDangling() {
    var cluster = Cluster.named("prod");
    var system = cluster.namespace("longhorn-system");
    system.external(ExternalService.named("longhorn-frontend").port(80));
    system.add(rawIngress("longhorn-frontend", 80));
    assertEquals(List.of(), problems(cluster.build(), "dangling-backend"));
  }

  @Test
  void aMisspeltServiceOrAnUnlistedPortIsStillDangling() {
    var cluster = Cluster.named("prod");
    var system = cluster.namespace("longhorn-system");
    system.external(ExternalService.named("longhorn-frontend").port(80));
    system.add(rawIngress("longhorn-frontnd", 80));
    var other = cluster.namespace("storage");
    other.external(ExternalService.named("longhorn-frontend").port("http", 80));
    other.add(rawIngress("longhorn-frontend", 8080));
    assertEquals(List.of(
            "ERROR cluster prod › namespace longhorn-system › ingress longhorn › rule longhorn.example.com/:"
                + " routes to Service 'longhorn-frontnd', which namespace longhorn-system does not have"
                + " [dangling-backend]\n"
                + "  hint: route to a declared Service; app.service().port(\"name\") gives a typed reference, and"
                + " namespace.external(ExternalService.named(\"longhorn-frontnd\").port(..)) declares one created"
                + " by other means",
            "ERROR cluster prod › namespace storage › ingress longhorn › rule longhorn.example.com/:"
                + " routes to port 8080 of external Service 'longhorn-frontend', whose declaration lists only"
                + " [http (80)] [dangling-backend]\n"
                + "  hint: route to a listed port, or list it with ExternalService.named(\"longhorn-frontend\").port(..)"),
        problems(cluster.build(), "dangling-backend"));
  }

  @Test
  void aClaimOnAnExternalStorageClassBindsWhileAMisspeltClassFails() {
    var cluster = Cluster.named("prod");
    var longhorn = cluster.external(ExternalStorageClass.named("longhorn"));
    var data = cluster.namespace("data");
    data.pvc("postgres", Size.gib(10)).storageClass(longhorn);
    data.pvc("redis", Size.gib(1)).storageClass(StorageClassRef.named("longhron"));
    data.app("postgres").image("docker.io/library/postgres:16.4")
        .mount("/var/lib/postgresql/data", data.external(ExternalClaim.named("postgres-operator-data")));
    assertEquals(List.of("ERROR cluster prod › namespace data › pvc redis: PersistentVolumeClaim 'redis' names"
            + " StorageClass 'longhron', which the cluster does not declare (declared: [longhorn])"
            + " [unknown-storage-class]\n"
            + "  hint: declare it with cluster.storageClass(\"longhron\", provisioner), or"
            + " allow(\"unknown-storage-class\", reason) for a class the platform provides"),
        problems(cluster.build(), "unknown-storage-class"));
  }

  @Test
  void referencesToExternalSecretsAndConfigMapsPassWhileATypoFails() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    var credentials = web.external(ExternalSecret.named("db-credentials"));
    var ca = web.external(ExternalConfigMap.named("kube-root-ca.crt").keys("ca.crt"));
    web.app("api").image("ghcr.io/example/api:1.4.2")
        .env("DB_PASSWORD", credentials.key("password"))
        .env("DB_USER", new SecretKey("web", "db-credentails", "user"))
        .env("CA", ca.key("ca.crt"))
        .mountReadOnly("/etc/db", credentials.ref());
    assertEquals(List.of("ERROR cluster prod › namespace web › app api › container api: env DB_USER reads Secret"
            + " 'db-credentails', which namespace web does not declare [dangling-config-reference]\n"
            + "  hint: declare it with namespace.secret(\"db-credentails\"), or allow(\"dangling-config-reference\","
            + " reason) where it is created outside the definition"),
        problems(cluster.build(), "dangling-config-reference"));
  }
}
