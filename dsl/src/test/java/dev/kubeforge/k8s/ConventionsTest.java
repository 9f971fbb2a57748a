package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.output.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Conventions are defaults, never walls: real-world manifests (the Kubernetes guestbook's
 * {@code app: redis, tier: backend} selectors and unnamed ports, a chart's Service behind an Ingress by
 * number, a node agent on a host port without a Service) written in the typed DSL, each file asserted whole.
 */
class ConventionsTest {

  /** Renders namespace {@code web} of cluster {@code prod}. */
  static FileTree render(Consumer<Namespace.Builder> web) {
    return Kubeforge.generate(() -> {
      var cluster = Cluster.named("prod");
      web.accept(cluster.namespace("web"));
      return cluster.build();
    }).files();
  }

  /** The file at {@code prod/kubernetes/web/<path>} without its header line. */
  static String file(FileTree files, String path) {
    var text = files.text("prod/kubernetes/web/" + path);
    return text.substring(text.indexOf('\n') + 1);
  }

  /** The guestbook's frontend, as its upstream manifest writes it. */
  private static App.Builder frontend(Namespace.Builder web) {
    return web.app("frontend").selector(Labels.of("app", "guestbook", "tier", "frontend"))
        .containerName("php-redis").image("us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5")
        .replicas(3).env("GET_HOSTS_FROM", "dns").port(80)
        .requests(Cpu.millis(100), Size.mib(100));
  }

  /**
   * The guestbook's frontend and redis leader as their upstream manifests write them, and an Ingress to
   * the frontend and to a Longhorn chart's Service by number; the README shows the lines between the markers.
   */
  private static void guestbook(Namespace.Builder web) {
    var frontend = frontend(web);
    // README begin
    web.app("redis-leader").selector(Labels.of("app", "redis", "role", "leader", "tier", "backend"))
        .containerName("leader").image("docker.io/redis:6.0.5").port(6379)
        .requests(Cpu.millis(100), Size.mib(100));
    var longhorn = web.external(ExternalService.named("longhorn-frontend").port(80));
    web.ingress("guestbook")
        .host("guestbook.example.com", "/", frontend.service().port(80))
        .host("longhorn.example.com", "/", longhorn.port(80));
    // README end
  }

  @Test
  void theGuestbookRedisLeaderKeepsItsSelectorContainerNameAndUnnamedPort() {
    var files = render(ConventionsTest::guestbook);
    assertEquals("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app: redis
            role: leader
            tier: backend
          name: redis-leader
          namespace: web
        spec:
          minReadySeconds: 0
          replicas: 1
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app: redis
              role: leader
              tier: backend
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 25%
            type: RollingUpdate
          template:
            metadata:
              labels:
                app: redis
                role: leader
                tier: backend
            spec:
              containers:
                - image: docker.io/redis:6.0.5
                  imagePullPolicy: IfNotPresent
                  name: leader
                  ports:
                    - containerPort: 6379
                      protocol: TCP
                  resources:
                    requests:
                      cpu: 100m
                      memory: 100Mi
        """, file(files, "deployment-redis-leader.yaml"));
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app: redis
            role: leader
            tier: backend
          name: redis-leader
          namespace: web
        spec:
          ports:
            - port: 6379
              protocol: TCP
              targetPort: 6379
          selector:
            app: redis
            role: leader
            tier: backend
          type: ClusterIP
        """, file(files, "service-redis-leader.yaml"));
  }

  /** The README's sample is {@link #guestbook}'s code between its markers, and its YAML what that code writes. */
  @Test
  void theReadmeSampleIsTheGuestbookCodeAndItsOutput() throws IOException {
    var readme = Files.readString(Path.of("../README.md"));
    var section = readme.substring(readme.indexOf("### Conventions are defaults"));
    var source = Files.readString(Path.of("src/test/java/dev/kubeforge/k8s/ConventionsTest.java"));
    var sample = source.substring(source.indexOf("// README begin") + 16, source.indexOf("    // README end"));
    assertEquals(sample.indent(-4), block(section, "```java"));
    assertEquals(file(render(ConventionsTest::guestbook), "service-redis-leader.yaml"), block(section, "```yaml"));
  }

  /** The text of the first fenced block of {@code markdown} that opens with {@code fence}. */
  private static String block(String markdown, String fence) {
    int start = markdown.indexOf(fence + "\n") + fence.length() + 1;
    return markdown.substring(start, markdown.indexOf("```", start));
  }

  @Test
  void anIngressRoutesByNumberToADslServiceAndToAChartsService() {
    var files = render(ConventionsTest::guestbook);
    assertEquals("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: guestbook
          namespace: web
        spec:
          ingressClassName: nginx
          rules:
            - host: guestbook.example.com
              http:
                paths:
                  - backend:
                      service:
                        name: frontend
                        port:
                          number: 80
                    path: /
                    pathType: Prefix
            - host: longhorn.example.com
              http:
                paths:
                  - backend:
                      service:
                        name: longhorn-frontend
                        port:
                          number: 80
                    path: /
                    pathType: Prefix
        """, file(files, "ingress-guestbook.yaml"));
    assertFalse(files.contains("prod/kubernetes/web/service-longhorn-frontend.yaml"), "an external Service is not written");
  }

  @Test
  void anExternalServiceIsReachedByPortNameToo() {
    var files = render(web -> web.ingress("grafana").host("grafana.example.com", "/",
        web.external(ExternalService.named("kube-prometheus-stack-grafana").port("http-web", 80)).port("http-web")));
    assertEquals("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: grafana
          namespace: web
        spec:
          ingressClassName: nginx
          rules:
            - host: grafana.example.com
              http:
                paths:
                  - backend:
                      service:
                        name: kube-prometheus-stack-grafana
                        port:
                          name: http-web
                    path: /
                    pathType: Prefix
        """, file(files, "ingress-grafana.yaml"));
  }

  @Test
  void theHelloAppServicePuts80InFrontOfAnUnnamed8080() {
    var files = render(web -> {
      var hello = web.app("hello-server").selector(Labels.of("app", "hello"))
          .image("us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0").port(8080)
          .service(s -> s.loadBalancer().port(8080, 80));
      web.ingress("hello").host("hello.example.com", "/", hello.service().port(80));
    });
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app: hello
          name: hello-server
          namespace: web
        spec:
          ports:
            - port: 80
              protocol: TCP
              targetPort: 8080
          selector:
            app: hello
          type: LoadBalancer
        """, file(files, "service-hello-server.yaml"));
    assertEquals("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: hello
          namespace: web
        spec:
          ingressClassName: nginx
          rules:
            - host: hello.example.com
              http:
                paths:
                  - backend:
                      service:
                        name: hello-server
                        port:
                          number: 80
                    path: /
                    pathType: Prefix
        """, file(files, "ingress-hello.yaml"));
  }

  @Test
  void policiesAndTheDisruptionBudgetSelectByTheWorkloadsOwnSelector() {
    var files = render(web -> {
      guestbook(web);
      var frontend = web.app("frontend").disruptionBudget(DisruptionBudget.minAvailable(PodCount.of(2)));
      web.networkPolicy("redis-from-frontend").appliesTo(web.app("redis-leader").ref())
          .allowIngressFrom(NetworkPeer.podsOf(frontend.ref()), PortRef.number(6379));
    });
    assertEquals("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: redis-from-frontend
          namespace: web
        spec:
          ingress:
            - from:
                - podSelector:
                    matchLabels:
                      app: guestbook
                      tier: frontend
              ports:
                - port: 6379
                  protocol: TCP
          podSelector:
            matchLabels:
              app: redis
              role: leader
              tier: backend
          policyTypes:
            - Ingress
        """, file(files, "networkpolicy-redis-from-frontend.yaml"));
    assertEquals("""
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          labels:
            app: guestbook
            tier: frontend
          name: frontend
          namespace: web
        spec:
          minAvailable: 2
          selector:
            matchLabels:
              app: guestbook
              tier: frontend
        """, file(files, "poddisruptionbudget-frontend.yaml"));
  }

  @Test
  void aNodeAgentOnAHostPortWithoutAService() {
    var files = render(web -> web.daemonApp("node-exporter").selector(Labels.of("k8s-app", "node-exporter"))
        .image("quay.io/prometheus/node-exporter:v1.8.2").port("metrics", 9100).hostPort(9100, 9100)
        .service(s -> s.disable()));
    assertEquals("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          labels:
            k8s-app: node-exporter
          name: node-exporter
          namespace: web
        spec:
          minReadySeconds: 0
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              k8s-app: node-exporter
          template:
            metadata:
              labels:
                k8s-app: node-exporter
            spec:
              containers:
                - image: quay.io/prometheus/node-exporter:v1.8.2
                  imagePullPolicy: IfNotPresent
                  name: node-exporter
                  ports:
                    - containerPort: 9100
                      hostPort: 9100
                      name: metrics
                      protocol: TCP
          updateStrategy:
            rollingUpdate:
              maxSurge: 0
              maxUnavailable: 1
            type: RollingUpdate
        """, file(files, "daemonset-node-exporter.yaml"));
    assertFalse(files.contains("prod/kubernetes/web/service-node-exporter.yaml"), "the Service is disabled");
  }

  @Test
  void aServiceExposesOnlyTheChosenPorts() {
    var files = render(web -> web.app("grafana").selector(Labels.of("app.kubernetes.io/name", "grafana",
            "app.kubernetes.io/instance", "monitoring"))
        .image("docker.io/grafana/grafana:11.3.0").port("grafana", 3000).port("metrics", 9090)
        .service(s -> s.exposeOnly(PortRef.named("grafana")).port("grafana", 80)));
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/instance: monitoring
            app.kubernetes.io/name: grafana
          name: grafana
          namespace: web
        spec:
          ports:
            - name: grafana
              port: 80
              protocol: TCP
              targetPort: grafana
          selector:
            app.kubernetes.io/instance: monitoring
            app.kubernetes.io/name: grafana
          type: ClusterIP
        """, file(files, "service-grafana.yaml"));
  }

  @Test
  void aJobKeepsItsLabelsAndContainerName() {
    var files = render(web -> web.batchJob("pi").selector(Labels.of("app", "pi")).containerName("pi-calc")
        .image("docker.io/library/perl:5.34.0").command("perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"));
    assertEquals("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          labels:
            app: pi
          name: pi
          namespace: web
        spec:
          backoffLimit: 6
          completions: 1
          parallelism: 1
          template:
            metadata:
              labels:
                app: pi
            spec:
              containers:
                - command:
                    - perl
                    - "-Mbignum=bpi"
                    - "-wle"
                    - print bpi(2000)
                  image: docker.io/library/perl:5.34.0
                  imagePullPolicy: IfNotPresent
                  name: pi-calc
              restartPolicy: Never
        """, file(files, "job-pi.yaml"));
  }

  @Test
  void nodeExporterAsUpstreamRunsIt() {
    var files = render(web -> web.daemonApp("node-exporter")
        .selector(Labels.of("app.kubernetes.io/name", "node-exporter"))
        .image("quay.io/prometheus/node-exporter:v1.8.2").args("--path.rootfs=/host")
        .port("metrics", 9100).hostPort(9100, 9100).hostNetwork().hostPid()
        .securityContext(SecurityContext.nonRoot().readOnlyRoot().seccompRuntimeDefault())
        .mount("/host", HostPath.directory("root", "/"), MountPropagation.HOST_TO_CONTAINER)
        .service(s -> s.disable()));
    assertEquals("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          labels:
            app.kubernetes.io/name: node-exporter
          name: node-exporter
          namespace: web
        spec:
          minReadySeconds: 0
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app.kubernetes.io/name: node-exporter
          template:
            metadata:
              labels:
                app.kubernetes.io/name: node-exporter
            spec:
              containers:
                - args:
                    - "--path.rootfs=/host"
                  image: quay.io/prometheus/node-exporter:v1.8.2
                  imagePullPolicy: IfNotPresent
                  name: node-exporter
                  ports:
                    - containerPort: 9100
                      hostPort: 9100
                      name: metrics
                      protocol: TCP
                  securityContext:
                    readOnlyRootFilesystem: true
                    runAsNonRoot: true
                    seccompProfile:
                      type: RuntimeDefault
                  volumeMounts:
                    - mountPath: /host
                      mountPropagation: HostToContainer
                      name: root
              hostNetwork: true
              hostPID: true
              volumes:
                - hostPath:
                    path: /
                    type: Directory
                  name: root
          updateStrategy:
            rollingUpdate:
              maxSurge: 0
              maxUnavailable: 1
            type: RollingUpdate
        """, file(files, "daemonset-node-exporter.yaml"));
  }

  @Test
  void aMediaServerMountsAnNfsExportInline() {
    var files = render(web -> web.app("jellyfin").image("docker.io/jellyfin/jellyfin:10.10.3")
        .port(8096).hostIpc()
        .securityContext(SecurityContext.user(1000).seccompLocalhost("profiles/jellyfin.json"))
        .mountReadOnly("/media", NfsVolume.of("media", "nas.lan", "/export/media").readOnly()));
    assertEquals("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/name: jellyfin
          name: jellyfin
          namespace: web
        spec:
          minReadySeconds: 0
          replicas: 1
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app.kubernetes.io/name: jellyfin
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 25%
            type: RollingUpdate
          template:
            metadata:
              labels:
                app.kubernetes.io/name: jellyfin
            spec:
              containers:
                - image: docker.io/jellyfin/jellyfin:10.10.3
                  imagePullPolicy: IfNotPresent
                  name: jellyfin
                  ports:
                    - containerPort: 8096
                      protocol: TCP
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 1000
                    seccompProfile:
                      localhostProfile: profiles/jellyfin.json
                      type: Localhost
                  volumeMounts:
                    - mountPath: /media
                      name: media
                      readOnly: true
              hostIPC: true
              volumes:
                - name: media
                  nfs:
                    path: /export/media
                    readOnly: true
                    server: nas.lan
        """, file(files, "deployment-jellyfin.yaml"));
  }

  @Test
  void aStatefulAppKeepsTheSelectorOfTheZooKeeperExample() {
    var files = render(web -> web.statefulApp("zk").selector(Labels.of("app", "zk"))
        .containerName("kubernetes-zookeeper")
        .image("registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10").port("client", 2181).port("server", 2888)
        .onePodPer(TopologyKey.HOSTNAME));
    assertEquals("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          labels:
            app: zk
          name: zk
          namespace: web
        spec:
          minReadySeconds: 0
          podManagementPolicy: OrderedReady
          replicas: 1
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app: zk
          serviceName: zk
          template:
            metadata:
              labels:
                app: zk
            spec:
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    - labelSelector:
                        matchLabels:
                          app: zk
                      topologyKey: kubernetes.io/hostname
              containers:
                - image: registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10
                  imagePullPolicy: IfNotPresent
                  name: kubernetes-zookeeper
                  ports:
                    - containerPort: 2181
                      name: client
                      protocol: TCP
                    - containerPort: 2888
                      name: server
                      protocol: TCP
          updateStrategy:
            rollingUpdate:
              partition: 0
            type: RollingUpdate
        """, file(files, "statefulset-zk.yaml"));
    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app: zk
          name: zk
          namespace: web
        spec:
          clusterIP: None
          ports:
            - name: client
              port: 2181
              protocol: TCP
              targetPort: client
            - name: server
              port: 2888
              protocol: TCP
              targetPort: server
          selector:
            app: zk
          type: ClusterIP
        """, file(files, "service-zk.yaml"));
  }

  @Test
  void aStaticPodNamesItsContainer() {
    var files = Kubeforge.generate(() -> {
      var cluster = Cluster.named("prod");
      cluster.namespace("kube-system").staticPod("etcd")
          .selector(Labels.of("component", "etcd", "tier", "control-plane"))
          .containerName("etcd").image("registry.k8s.io/etcd:3.5.15-0").hostNetwork();
      return cluster.build();
    }).files();
    var text = files.text("prod/static-pods/etcd.yaml");
    assertEquals("""
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            component: etcd
            tier: control-plane
          name: etcd
          namespace: kube-system
        spec:
          containers:
            - image: registry.k8s.io/etcd:3.5.15-0
              imagePullPolicy: IfNotPresent
              name: etcd
          hostNetwork: true
        """, text.substring(text.indexOf('\n') + 1));
  }

  @Test
  void conventionsUsedWrongThrowAtTheCallSite() {
    var web = Cluster.named("prod").namespace("web");
    var redis = web.app("redis").image("docker.io/redis:6.0.5");
    redis.ref();
    assertEquals("app redis is already referenced with ref(); set its selector before taking references",
        assertThrows(IllegalStateException.class, () -> redis.selector(Labels.of("app", "redis"))).getMessage());
    assertEquals("label 'app' of app cache is part of its selector {app=cache}; it cannot be 'redis'",
        assertThrows(IllegalArgumentException.class,
            () -> web.app("cache").selector(Labels.of("app", "cache")).label("app", "redis")).getMessage());
    assertEquals("Labels.of takes key, value pairs, at least one; got 3 strings",
        assertThrows(IllegalArgumentException.class, () -> Labels.of("app", "redis", "tier")).getMessage());
    assertEquals("the Service of statefulApp db governs its pods' DNS names and cannot be disabled",
        assertThrows(IllegalStateException.class, () -> web.statefulApp("db").service().disable()).getMessage());
    assertEquals("app site declares no port 8080 (declared: 'http' (80), 9100)",
        assertThrows(IllegalArgumentException.class, () -> web.app("site").port("http", 80).port(9100)
            .service().exposeOnly(PortRef.number(8080))).getMessage());
    assertEquals("app site declares no unnamed port 80 (declared: 'http' (80), 9100)",
        assertThrows(IllegalArgumentException.class, () -> web.app("site").service().port(80, 8080)).getMessage());
    assertEquals("Service site of app site exposes no port 8443 (declared: 'http' (80), 9100)",
        assertThrows(IllegalArgumentException.class, () -> web.app("site").service().port(8443)).getMessage());
    assertEquals("container site already declares port 9100/TCP",
        assertThrows(IllegalStateException.class, () -> web.app("site").port(9100)).getMessage());
    assertEquals("container web declares no port 9090 (declared: none); declare it with port(..) before opening"
            + " it on the host",
        assertThrows(IllegalArgumentException.class, () -> web.app("web").hostPort(9090, 9090)).getMessage());
    assertEquals("external Service longhorn-frontend in namespace web lists no port 8080 (listed: 80); add it"
            + " with .port(..) where it is declared",
        assertThrows(IllegalArgumentException.class,
            () -> web.external(ExternalService.named("longhorn-frontend").port(80)).port(8080)).getMessage());
    assertEquals("external Secret registry in namespace web lists no key 'token' (listed: [.dockerconfigjson])",
        assertThrows(IllegalArgumentException.class,
            () -> web.external(ExternalSecret.named("registry").keys(".dockerconfigjson")).key("token"))
            .getMessage());
  }

  @Test
  void aMultiPortServiceWithAnUnnamedPortIsRefusedAtBuild() {
    var cluster = Cluster.named("prod");
    cluster.namespace("web").app("redis").image("docker.io/redis:6.0.5").port(6379).port("metrics", 9121);
    assertEquals("Service redis of app redis would expose 2 ports (6379, 'metrics' (9121)), and port 6379 has no"
            + " name; Kubernetes requires a name on every port of a multi-port Service: declare it with"
            + " port(\"<name>\", 6379), or expose one port with service(s -> s.exposeOnly(..))",
        assertThrows(IllegalStateException.class, cluster::build).getMessage());
  }
}
