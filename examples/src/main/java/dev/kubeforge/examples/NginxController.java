package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.ConfigMapSource;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.FieldRef;
import dev.kubeforge.k8s.IngressController;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PodSecurity;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.ServiceAccount;
import dev.kubeforge.k8s.Verb;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import java.time.Duration;

/**
 * Seed 001's ingress controller: ingress-nginx with the seed's custom {@code nginx.tmpl} from a ConfigMap,
 * HTTP on port 8080 (port 80 is closed in the seed's datacenter), and a default backend for requests no
 * rule matches. The controller watches every namespace, as the seed's did.
 *
 * <p>The controller runs on every worker in the node's network ({@code hostNetwork}), so the datacenter
 * reaches it at each node's port 8080 (HTTP) and 443 (HTTPS), as the seed's controller was reached.
 */
final class NginxController {

  static final String NAMESPACE = "ingress-nginx";
  private static final String CONTROLLER_CLASS = "k8s.io/ingress-nginx";
  private static final String LEADER_LEASE = "ingress-nginx-leader";

  private NginxController() {}

  /** Installs the controller and returns it, for the Ingresses it serves. */
  static IngressController.IngressNginx install(Cluster.Builder cluster) {
    var namespace = cluster.namespace(NAMESPACE);
    var template = namespace.configMap("nginx-template")
        .file(ConfigMapSource.fromResource("production/ingress/nginx.tmpl"));
    var nginx = IngressController.nginx().httpPort(8080).template(template.key("nginx.tmpl"));
    // The DSL has no IngressClass construct yet; the class Ingresses name in spec.ingressClassName.
    cluster.add(new IngressClassBuilder()
        .withNewMetadata().withName(nginx.className()).endMetadata()
        .withNewSpec().withController(CONTROLLER_CLASS).endSpec()
        .build());
    var account = namespace.serviceAccount("ingress-nginx");
    permissions(cluster, namespace, account);
    var backend = defaultBackend(namespace);
    namespace.daemonApp("ingress-nginx-controller")
        .image("registry.k8s.io/ingress-nginx/controller:v1.12.1")
        .args("/nginx-ingress-controller")
        .args(nginx.controllerArgs().toArray(String[]::new))
        .args("--controller-class=" + CONTROLLER_CLASS,
            "--election-id=" + LEADER_LEASE,
            "--default-backend-service=" + NAMESPACE + "/" + backend)
        .port("http", nginx.httpPort())
        .port("https", 443)
        .port("healthz", 10254)
        .env("POD_NAME", FieldRef.POD_NAME)
        .env("POD_NAMESPACE", FieldRef.POD_NAMESPACE)
        .serviceAccount(account.ref())
        .hostNetwork()
        .podSecurity(PodSecurity.nonRoot().seccompRuntimeDefault())
        .securityContext(SecurityContext.user(101).group(82).noPrivilegeEscalation()
            .dropCapabilities("ALL").addCapabilities("NET_BIND_SERVICE"))
        .readiness(Probe.http("/healthz", "healthz"))
        .liveness(Probe.http("/healthz", "healthz").initialDelay(Duration.ofSeconds(10)).failureThreshold(5))
        .requests(Cpu.millis(100), Size.mib(90))
        .limits(Cpu.cores(1), Size.mib(512))
        .mountReadOnly(IngressController.IngressNginx.TEMPLATE_DIRECTORY,
            nginx.templateVolume())
        .allow("host-network", "the datacenter reaches the controller on each node's ports 8080 and 443, as in seed"
            + " 001; there is no load balancer in front of the nodes");
    return nginx;
  }

  /**
   * What the controller reads across the cluster (Ingresses, Services, endpoints, Secrets for TLS and
   * basic auth) and what it writes in its own namespace (the leader lease, events).
   */
  private static void permissions(Cluster.Builder cluster, Namespace.Builder namespace, ServiceAccount.Builder account) {
    var reader = cluster.clusterRole("ingress-nginx")
        .rule(Rule.allow(Verb.LIST, Verb.WATCH)
            .on(Rule.CORE, "configmaps", "endpoints", "namespaces", "nodes", "pods", "secrets"))
        .rule(Rule.allow(Verb.GET).on(Rule.CORE, "nodes"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "services"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("networking.k8s.io", "ingresses", "ingressclasses"))
        .rule(Rule.allow(Verb.UPDATE).on("networking.k8s.io", "ingresses/status"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("discovery.k8s.io", "endpointslices"))
        .rule(Rule.allow(Verb.LIST, Verb.WATCH).on("coordination.k8s.io", "leases"))
        .rule(Rule.allow(Verb.CREATE, Verb.PATCH).on(Rule.CORE, "events"));
    cluster.clusterRoleBinding("ingress-nginx", reader.ref()).serviceAccount(account.ref());
    var leader = namespace.role("ingress-nginx")
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "configmaps", "endpoints", "pods", "secrets"))
        .rule(Rule.allow(Verb.GET, Verb.UPDATE).on("coordination.k8s.io", "leases").named(LEADER_LEASE))
        .rule(Rule.allow(Verb.CREATE).on("coordination.k8s.io", "leases"));
    namespace.roleBinding("ingress-nginx", leader.ref()).serviceAccount(account.ref());
  }

  /** The backend that answers 404 for requests no rule matches; returns its Service's name. */
  private static String defaultBackend(Namespace.Builder namespace) {
    var backend = namespace.app("default-http-backend")
        .image("registry.k8s.io/defaultbackend-amd64:1.5")
        .port("http", 8080)
        .liveness(Probe.http("/healthz", "http").initialDelay(Duration.ofSeconds(30)).timeout(Duration.ofSeconds(5)))
        .readiness(Probe.http("/healthz", "http"))
        .securityContext(SecurityContext.restricted(65534).readOnlyRoot())
        .requests(Cpu.millis(10), Size.mib(20))
        .limits(Cpu.millis(10), Size.mib(20));
    return backend.service().port("http").service();
  }
}
