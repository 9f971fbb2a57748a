package dev.kubeforge;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pipeline as plain-Java users see it: define, check (all problems at once), render. */
class KubeforgeTest {

  /** The starter cluster: one app with two ports, a raw ConfigMap and a cluster-scoped role. */
  static final class Shop implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("shop");
      cluster.namespace("web")
          .app("site")
          .image("nginx:1.27.3")
          .replicas(3)
          .port("http", 80)
          .port("metrics", 9113)
          .env("NGINX_ENTRYPOINT_QUIET_LOGS", "1")
          .env("TZ", "UTC")
          .label("team", "storefront")
          .readiness(Probe.http("/", "http"))
          .limits(Cpu.millis(500), Size.mib(256))
          .allow("run-as-root", "the nginx image binds port 80 as root; its worker processes run as user nginx");
      cluster.namespace("web").add(configMap("site-settings", Map.of("greeting", "hello: world", "enabled", "yes")));
      var role = new ClusterRole();
      role.setMetadata(meta("shop-reader"));
      cluster.add(role);
      return cluster.build();
    }
  }

  @Test
  void rendersTheStarterClusterAsGolden() {
    var generation = Kubeforge.generate(List.of(new Shop()), BEFORE_THE_PACK);
    Golden.assertTree(Golden.caseDir("kubernetes", "starter"), generation.files());
    assertEquals(List.of(), generation.warnings());
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertEquals(Kubeforge.generate(new Shop()).files(), Kubeforge.generate(new Shop()).files());
  }

  @Test
  void everyErrorIsReportedAtOnceWithItsPathAndNothingIsRendered() {
    ClusterDefinition broken = () -> {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").port("http", 80)
          .readiness(Probe.tcp("http")).limits(Cpu.millis(500), Size.mib(256)).securityContext(SecurityContext.user(1000));
      web.add(configMap("Bad_Name", Map.of()));
      web.add(configMap("settings", Map.of()));
      web.add(configMap("settings", Map.of()));
      return cluster.build();
    };
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(List.of(broken), BEFORE_THE_PACK));
    assertEquals("""
        3 errors (nothing was written)
        error: cluster prod › namespace web › app site › container site: no image set [missing-image]
          hint: .image("registry/name:tag")
        error: cluster prod › namespace web › configmap Bad_Name: ConfigMap name is not a DNS-1123 subdomain: \
        'Bad_Name' (lowercase letters, digits, '-' and '.', at most 253) [invalid-name]
        error: cluster prod › namespace web › configmap settings: ConfigMap 'settings' is defined twice; the \
        first definition is at cluster prod › namespace web › configmap settings [duplicate-object]
          hint: give one of them another name, or remove one""", thrown.getMessage());
    assertEquals(3, thrown.errors().size());
  }

  @Test
  void rbacNamesArePathSegmentsSoSystemRolesPassAndASlashFails() {
    ClusterDefinition roles = () -> {
      var cluster = Cluster.named("prod");
      for (var name : List.of("system:aggregated-metrics-reader", "Reader.v2", "ops/admin")) {
        var role = new ClusterRole();
        role.setMetadata(meta(name));
        cluster.add(role);
      }
      return cluster.build();
    };
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(List.of(roles), BEFORE_THE_PACK));
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › clusterrole ops/admin: ClusterRole name is not a path segment: 'ops/admin' \
        (not '.' or '..', no '/' or '%') [invalid-name]""", thrown.getMessage());
  }

  @Test
  void warningsAreReturnedAndAnAllowanceWithAReasonSilencesThem() {
    ClusterDefinition unpinned = () -> {
      var cluster = Cluster.named("dev");
      cluster.namespace("tools").app("shell").image("busybox")
          .limits(Cpu.millis(100), Size.mib(64)).securityContext(SecurityContext.user(65534));
      cluster.namespace("tools").app("debug").image("busybox:latest")
          .limits(Cpu.millis(100), Size.mib(64)).securityContext(SecurityContext.user(65534))
          .allow("image-tag-latest", "a throw-away debugging pod, always the newest busybox");
      return cluster.build();
    };
    var warnings = Kubeforge.generate(List.of(unpinned), BEFORE_THE_PACK).warnings();
    assertEquals(List.of("cluster dev › namespace tools › app shell › container shell: image 'busybox' has no"
            + " pinned tag, so each pull may run different code [image-tag-latest]\n"
            + "  hint: pin a version tag or a digest, such as nginx:1.27.3"),
        warnings.stream().map(Object::toString).toList());
  }

  @Test
  void anAllowanceNamingNoCheckIsAnError() {
    ClusterDefinition typo = () -> {
      var cluster = Cluster.named("dev");
      cluster.namespace("tools").allow("image-tag-lastest", "typo");
      return cluster.build();
    };
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(typo));
    assertEquals("cluster dev › namespace tools: allow(\"image-tag-lastest\", ..) names no check [unknown-check-id]",
        thrown.errors().get(0).toString().lines().findFirst().orElseThrow());
  }

  @Test
  void anAllowanceNeedsAReason() {
    var app = Cluster.named("dev").namespace("tools").app("shell");
    var thrown = assertThrows(IllegalArgumentException.class, () -> app.allow("image-tag-latest", " "));
    assertEquals("allow(\"image-tag-latest\", reason) needs a reason a reviewer can judge, was blank",
        thrown.getMessage());
  }

  @Test
  void twoDefinitionsOfOneClusterNameAreAnError() {
    var thrown = assertThrows(ProblemsException.class,
        () -> Kubeforge.generate(List.of(new Shop(), new Shop())));
    assertEquals("cluster shop: cluster 'shop' is defined by both dev.kubeforge.KubeforgeTest$Shop and"
            + " dev.kubeforge.KubeforgeTest$Shop [duplicate-cluster]\n"
            + "  hint: give each cluster its own name; it is the name of its output folder",
        thrown.errors().get(0).toString());
  }

  @Test
  void aBuiltClusterCannotChange() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    var site = web.app("site").image("nginx:1.27.3");
    cluster.build();
    var thrown = assertThrows(IllegalStateException.class, () -> site.replicas(2));
    assertEquals("cluster prod is already built", thrown.getMessage());
    assertThrows(IllegalStateException.class, () -> web.app("other"));
    assertThrows(IllegalStateException.class, cluster::build);
  }

  @Test
  void misuseAtTheCallSiteThrowsWithTheRule() {
    var web = Cluster.named("prod").namespace("web");
    assertEquals("app name is not a DNS-1123 label: 'Web_App' (lowercase letters, digits and '-', at most 63)",
        assertThrows(IllegalArgumentException.class, () -> web.app("Web_App")).getMessage());
    var site = web.app("site");
    assertEquals("port name is not an IANA service name: 'http-alternative' (lowercase letters, digits and single"
            + " '-', at least one letter, at most 15)",
        assertThrows(IllegalArgumentException.class, () -> site.port("http-alternative", 8080)).getMessage());
    assertEquals("app site declares no port 'https' (declared: [])",
        assertThrows(IllegalArgumentException.class, () -> site.service().port("https")).getMessage());
    assertEquals("ClusterRole is cluster-scoped: add it to the cluster with cluster.add(..), not to namespace web",
        assertThrows(IllegalArgumentException.class, () -> web.add(new ClusterRole())).getMessage());
  }

  private static ConfigMap configMap(String name, Map<String, String> data) {
    var configMap = new ConfigMap();
    configMap.setMetadata(meta(name));
    configMap.setData(new TreeMap<>(data));
    return configMap;
  }

  private static ObjectMeta meta(String name) {
    var metadata = new ObjectMeta();
    metadata.setName(name);
    return metadata;
  }
}
