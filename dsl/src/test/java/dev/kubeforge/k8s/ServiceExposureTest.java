package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.Kubeforge;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The Service in front of a workload, for each way of exposing it; small enough to assert inline. */
class ServiceExposureTest {

  /** Renders one namespace {@code web} and returns the file at {@code path} without its header line. */
  private static String render(Consumer<Namespace.Builder> web, String path) {
    var text = Kubeforge.generate(() -> {
      var cluster = Cluster.named("prod");
      web.accept(cluster.namespace("web"));
      return cluster.build();
    }).files().text("prod/kubernetes/web/" + path);
    return text.substring(text.indexOf('\n') + 1);
  }

  @Test
  void aLoadBalancerOverTwoProtocols() {
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/name: dns
            tier: edge
          name: dns
          namespace: web
        spec:
          ports:
            - name: dns
              port: 53
              protocol: UDP
              targetPort: dns
            - name: dns-tcp
              port: 53
              protocol: TCP
              targetPort: dns-tcp
          selector:
            app.kubernetes.io/name: dns
          type: LoadBalancer
        """, render(web -> web.app("dns").image("coredns/coredns:1.11.3").label("tier", "edge")
            .port("dns", 53, Protocol.UDP).port("dns-tcp", 53)
            .readiness(Probe.tcp("dns-tcp"))
            .service(s -> s.loadBalancer()), "service-dns.yaml"));
  }

  @Test
  void aHeadlessServiceOfADaemonCustomizedWithFabric8() {
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          annotations:
            prometheus.io/scrape: "true"
          labels:
            app.kubernetes.io/name: exporter
          name: exporter
          namespace: web
        spec:
          clusterIP: None
          ports:
            - name: metrics
              port: 9100
              protocol: TCP
              targetPort: metrics
          selector:
            app.kubernetes.io/name: exporter
          type: ClusterIP
        """, render(web -> web.daemonApp("exporter").image("quay.io/prometheus/node-exporter:v1.8.2")
            .port("metrics", 9100)
            .readiness(Probe.http("/", "metrics"))
            .service(s -> s.headless())
            .customizeService(s -> s.editMetadata().addToAnnotations("prometheus.io/scrape", "true").endMetadata()),
        "service-exporter.yaml"));
  }

  @Test
  void todaysAppApiStillWorks() {
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/name: site
            team: shop
          name: site
          namespace: web
        spec:
          ports:
            - name: http
              port: 8080
              protocol: TCP
              targetPort: http
          selector:
            app.kubernetes.io/name: site
          type: ClusterIP
        """, render(web -> {
          var site = web.app("site").image("nginx:1.27.3").port("http", 8080).env("MODE", "prod")
              .label("team", "shop").replicas(2)
              .readiness(Probe.http("/", "http"))
              .customize(d -> d.editSpec().withProgressDeadlineSeconds(120).endSpec())
              .allow("no-resource-limits", "a test");
          assertEquals(new ServicePort("web", "site", "http", 8080), site.service().port("http"));
        }, "service-site.yaml"));
  }
}
