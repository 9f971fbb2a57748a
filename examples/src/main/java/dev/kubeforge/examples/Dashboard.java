package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.App;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PodSecurity;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.ServiceAccount;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.Toleration;
import dev.kubeforge.k8s.Verb;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.time.Duration;

/**
 * The Kubernetes dashboard as its project's recommended manifest installs it (v2.7.0, the last release
 * installed from plain manifests; later ones need Helm and Kong), in its own namespace
 * {@code kubernetes-dashboard}: the dashboard serving HTTPS on 8443 behind Service port 443, its metrics
 * scraper, their service account and the permissions the dashboard needs for its own state. Seeds 001,
 * 003 and 004 each install it; their clusters call {@link #install}.
 *
 * <p>Two things differ from the recommended manifest: the dashboard's self-signed certificate is
 * generated into an {@code emptyDir} at {@code /certs} (the manifest mounts an empty Secret there, which
 * nothing ever fills), and the legacy {@code proxy} verb on Services is left out (the dashboard reaches
 * the scraper through {@code services/proxy}, which the Role grants).
 */
final class Dashboard {

  static final String NAMESPACE = "kubernetes-dashboard";
  private static final String CSRF = "kubernetes-dashboard-csrf";
  private static final String KEY_HOLDER = "kubernetes-dashboard-key-holder";
  private static final String SCRAPER = "dashboard-metrics-scraper";

  private Dashboard() {}

  /** Installs the dashboard into namespace {@value #NAMESPACE} and returns it, for an Ingress or a Service setting. */
  static App.Builder install(Cluster.Builder cluster) {
    var namespace = cluster.namespace(NAMESPACE);
    var account = namespace.serviceAccount("kubernetes-dashboard");
    state(namespace, account);
    var metricsReader = cluster.clusterRole("kubernetes-dashboard")
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("metrics.k8s.io", "pods", "nodes"));
    cluster.clusterRoleBinding("kubernetes-dashboard", metricsReader.ref()).serviceAccount(account.ref());
    scraper(namespace, account);
    return namespace.app("kubernetes-dashboard")
        .image("kubernetesui/dashboard:v2.7.0")
        .port("https", 8443)
        .args("--auto-generate-certificates", "--namespace=" + NAMESPACE)
        .serviceAccount(account.ref())
        .nodeSelector("kubernetes.io/os", "linux")
        .toleration(Toleration.of(Taint.CONTROL_PLANE))
        .liveness(Probe.https("/", "https").initialDelay(Duration.ofSeconds(30)).timeout(Duration.ofSeconds(30)))
        .readiness(Probe.https("/", "https"))
        .securityContext(SecurityContext.restricted(1001).group(2001).readOnlyRoot())
        .requests(Cpu.millis(100), Size.mib(128))
        .limits(Cpu.millis(500), Size.mib(256))
        .mount("/certs", EmptyDir.named("kubernetes-dashboard-certs"))
        .mount("/tmp", EmptyDir.named("tmp-volume"))
        .service(s -> s.port("https", 443));
  }

  /**
   * The Secrets and the ConfigMap the dashboard keeps its state in (CSRF key, token encryption key,
   * settings), and a Role that lets it read and update exactly those. The Secrets start empty and the
   * dashboard fills them; the DSL declares Secrets only from {@code SecretValue}s, so these value-less ones
   * are added as fabric8 objects.
   */
  private static void state(Namespace.Builder namespace, ServiceAccount.Builder account) {
    for (String name : new String[] {CSRF, KEY_HOLDER}) {
      namespace.add(new SecretBuilder()
          .withNewMetadata().withName(name).addToLabels(App.NAME_LABEL, "kubernetes-dashboard").endMetadata()
          .withType("Opaque")
          .build());
    }
    namespace.configMap("kubernetes-dashboard-settings").label(App.NAME_LABEL, "kubernetes-dashboard");
    var role = namespace.role("kubernetes-dashboard")
        .rule(Rule.allow(Verb.GET, Verb.UPDATE, Verb.DELETE).on(Rule.CORE, "secrets").named(CSRF, KEY_HOLDER))
        .rule(Rule.allow(Verb.GET, Verb.UPDATE).on(Rule.CORE, "configmaps").named("kubernetes-dashboard-settings"))
        .rule(Rule.allow(Verb.GET).on(Rule.CORE, "services/proxy").named(SCRAPER, "http:" + SCRAPER));
    namespace.roleBinding("kubernetes-dashboard", role.ref()).serviceAccount(account.ref());
  }

  /** The scraper that keeps the last minutes of metrics-server data for the dashboard's graphs. */
  private static void scraper(Namespace.Builder namespace, ServiceAccount.Builder account) {
    namespace.app(SCRAPER)
        .image("kubernetesui/metrics-scraper:v1.0.8")
        .port("http", 8000)
        .serviceAccount(account.ref())
        .nodeSelector("kubernetes.io/os", "linux")
        .toleration(Toleration.of(Taint.CONTROL_PLANE))
        .podSecurity(PodSecurity.nonRoot().seccompRuntimeDefault())
        .liveness(Probe.http("/", "http").initialDelay(Duration.ofSeconds(30)).timeout(Duration.ofSeconds(30)))
        .readiness(Probe.http("/", "http"))
        .securityContext(SecurityContext.restricted(1001).group(2001).readOnlyRoot())
        .requests(Cpu.millis(50), Size.mib(64))
        .limits(Cpu.millis(200), Size.mib(128))
        .mount("/tmp", EmptyDir.named("tmp-volume"));
  }
}
