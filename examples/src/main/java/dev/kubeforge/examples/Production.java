package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.Size;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.DockerTls;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.Kubelet;
import dev.kubeforge.host.LogDriver;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.Storage;
import dev.kubeforge.host.Sysctl;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.k8s.BasicAuth;
import dev.kubeforge.k8s.ClaimTemplate;
import dev.kubeforge.k8s.ClusterRoleRef;
import dev.kubeforge.k8s.ConfigMapSource;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.FieldRef;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.core.HostPathType;
import dev.kubeforge.k8s.IngressController;
import dev.kubeforge.k8s.ManifestSource;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.PodSecurity;
import dev.kubeforge.k8s.PriorityClassRef;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.ReplicatedSettings;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.Secret;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.StorageClassRef;
import dev.kubeforge.k8s.TlsCertificate;
import dev.kubeforge.k8s.Verb;
import dev.kubeforge.secret.SecretValue;
import java.time.Duration;

/**
 * Seeds 000 and 001 as one production cluster: the hosts prepared as seed 000 prepares them, running the
 * workloads seed 001 runs on them. Its output is {@code generated/production/}; {@code examples/README.md}
 * maps every part of both write-ups to the files it became.
 *
 * <p>The nodes are the two the seeds name: {@code kube-master}, the control plane (seed 001 serves the
 * dashboard as {@code kube-master.example.com}), and {@code cnpvgl56588417}, the worker whose journal
 * seed 000 shows. Both are set up with one host profile, {@code node}, and brought up with kubeadm
 * (Kubernetes 1.33.1, flannel on {@code 10.244.0.0/16}; the write-ups do not say how Kubernetes was
 * installed). The write-ups give the master no address, so {@code controlPlaneEndpoint} is its DNS name,
 * {@code kube-master.example.com:6443}; the join token and CA pin are read from {@code KUBEADM_TOKEN} and
 * {@code KUBEADM_CA_CERT_HASH} when generating.
 *
 * <p>Where the write-ups are dated, today's equivalent is written instead:
 * <ul>
 *   <li>{@code MemoryLimit=48G} (cgroup v1 only) is {@code MemoryMax=48G}.</li>
 *   <li>journald's {@code SystemMaxUse=20%} is not a size journald reads (it logs "Failed to parse size
 *       value" and ignores the line); {@code 4G}, journald's own ceiling, is written. The settings go
 *       to a drop-in, {@code journald.conf.d/10-kubeforge.conf}, instead of replacing the OS's
 *       {@code journald.conf}.</li>
 *   <li>The kubelet no longer talks to Docker (dockershim left Kubernetes in 1.24): it uses containerd,
 *       with the same systemd cgroup driver; containerd gets the proxy and the slice too, since it now
 *       pulls the pods' images. Docker stays, configured as seed 000 says, for the CI builds that use it;
 *       the plain {@code ExecStart=/usr/bin/dockerd} finds the system containerd by itself.</li>
 *   <li>Seed 001's CI builds reach the host's Docker API over TCP from their pods; it was plain TCP on port
 *       2375, where whoever reaches the port is root on the node. It is TLS with client verification on
 *       2376 instead: every node gets the CA certificate, its server certificate and key from its
 *       cloud-config (read from {@code DOCKER_TLS_CA_CERT}, {@code DOCKER_TLS_CERT} and
 *       {@code DOCKER_TLS_KEY} when generating; placeholders in {@code generated/}), and Jenkins a client
 *       certificate from the Secret {@code ci/docker-client}.</li>
 *   <li>{@code extensions/v1beta1} Ingresses are {@code networking.k8s.io/v1}, with
 *       {@code ingressClassName: nginx} and the annotation prefix {@code nginx.ingress.kubernetes.io};
 *       the incubator's nginx controller is ingress-nginx, which serves the seed's custom template
 *       through {@code --http-port=8080} and a template ConfigMap. ingress-nginx was retired in March
 *       2026; its successor is Gateway API ({@code .controller(IngressController.gatewayApi(..))}),
 *       which has no standard basic auth, so the dashboard stays on ingress-nginx here.</li>
 *   <li>The dashboard is today's v2.7.0 in its own namespace, serving HTTPS (the Ingress talks HTTPS to
 *       it); the seed's was in {@code kube-system} on HTTP port 80.</li>
 *   <li>Kibana's {@code add-base-url} annotation was removed from ingress-nginx; Kibana serves under
 *       {@code /kibana} itself ({@code SERVER_BASEPATH}) instead of the API server proxy path.</li>
 *   <li>Grafana's data sources and dashboard are provisioned from files instead of clicked together.</li>
 * </ul>
 */
public final class Production implements ClusterDefinition {

  /** The TLS Secret of the operations host, created outside the definition in each namespace that serves it. */
  static final String OPERATIONS_TLS = "operations-tls";
  private static final String MASTER = "kube-master";
  private static final String WORKER = "cnpvgl56588417";
  private static final String DASHBOARD_HOST = "kube-master.example.com";
  private static final String OPERATIONS_HOST = "monitoring.example.com";
  private static final String GUESTBOOK_HOST = "guestbook.example.com";
  private static final String PROXY = "http://proxy.example.com:8080";
  private static final String NO_PROXY = "localhost,127.0.0.1,10.0.0.0/8,.svc,.cluster.local,.example.com";
  /** The Docker API's TCP port with TLS, by convention. */
  private static final int DOCKER_TLS_PORT = 2376;
  /** Where Jenkins finds its Docker client certificate: the names the Docker CLI looks for in {@code DOCKER_CERT_PATH}. */
  private static final String DOCKER_CERT_PATH = "/var/run/docker-certs";

  @Override
  public Cluster define() {
    var node = nodeProfile();
    var cluster = Cluster.named("production")
        .controlPlane(Node.named(MASTER, n -> n.profile(node)))
        .workers(Node.named(WORKER, n -> n.profile(node)))
        .kubernetesVersion(NodeProfiles.KUBERNETES_VERSION)
        .kubeadm(NodeProfiles::flannelJoinedWithToken)
        .kubeadm(k -> k.controlPlaneEndpoint(DASHBOARD_HOST + ":6443"));
    var nginx = NginxController.install(cluster);
    dashboard(cluster, nginx);
    var nfs = NfsStorage.install(cluster, WORKER);
    continuousIntegration(cluster, nfs);
    databases(cluster, nfs);
    autoDeploy(cluster);
    supervisor(cluster);
    rollingUpdate(cluster);
    guestbook(cluster, nginx, nfs);
    var operators = BasicAuth.of("ops", SecretValue.fromEnv("OPERATIONS_PASSWORD"))
        .realm("Operations, please input user and password");
    var logs = Logging.install(cluster, nfs, nginx, OPERATIONS_HOST, operators);
    Monitoring.install(cluster, nginx, OPERATIONS_HOST, operators, logs);
    return cluster
        .allow("secret-unavailable", "generated/ holds no secret value and is the same with or without them,"
            + " so CI and reviewers generate without the passwords; whoever deploys sets the variables that"
            + " kubernetes/secrets.md lists and applies the Secrets from target/kubeforge-secrets/production")
        .build();
  }

  /**
   * Seed 000's host preparation: every container under {@code container.slice} with a 48G memory cap,
   * Docker behind the proxy with its whole configuration in {@code daemon.json}, and journald. Plus
   * what every Kubernetes node needs (kernel modules, sysctls, the kubelet), and Elasticsearch's
   * {@code vm.max_map_count}.
   */
  private static HostProfile nodeProfile() {
    var container = Slice.named("container")
        .description("Limited resources Slice")
        .defaultDependencies(false)
        .before(UnitName.SLICES_TARGET)
        .memoryMax(Size.gib(48));
    var docker = DropIn.of("10-kubeforge", Service.of(UnitName.DOCKER_SERVICE)
        .slice(container)
        .environment("HTTP_PROXY", PROXY)
        .environment("HTTPS_PROXY", PROXY)
        .environment("NO_PROXY", NO_PROXY)
        .replaceExecStart("/usr/bin/dockerd"));
    var containerd = DropIn.of("10-kubeforge", Service.of(UnitName.CONTAINERD_SERVICE)
        .slice(container)
        .environment("HTTP_PROXY", PROXY)
        .environment("HTTPS_PROXY", PROXY)
        .environment("NO_PROXY", NO_PROXY));
    return HostProfile.named("node", p -> p
        .slice(container)
        .dropIn(docker)
        .dropIn(containerd)
        .docker(DockerDaemon.create()
            .cgroupParent(container)
            .cgroupDriver(CgroupDriver.SYSTEMD)
            .host(DockerHost.tcp("0.0.0.0", DOCKER_TLS_PORT))
            .host(DockerHost.unix("/var/run/docker.sock"))
            .tls(DockerTls.verify(SecretValue.fromEnv("DOCKER_TLS_CA_CERT"), SecretValue.fromEnv("DOCKER_TLS_CERT"),
                SecretValue.fromEnv("DOCKER_TLS_KEY")))
            .logDriver(LogDriver.JOURNALD))
        .containerd(Containerd.create().sandboxImage("registry.k8s.io/pause:3.10"))
        .journald(Journald.create().storage(Storage.AUTO).systemMaxUse(Size.gib(4)))
        .kubelet(Kubelet.create())
        .kubernetesPrerequisites()
        .sysctl(Sysctl.named("90-elasticsearch").parameter("vm.max_map_count", "262144")));
  }

  /**
   * The dashboard behind ingress-nginx at {@code https://kube-master.example.com/}, with basic auth
   * (the password is read when generating and hashed into the secrets output) and the certificate the
   * seed requested from its CA with {@code openssl.conf}, stored as {@code kube-master-secret} by
   * {@code kubectl create secret tls}.
   */
  private static void dashboard(Cluster.Builder cluster, IngressController.IngressNginx nginx) {
    var dashboard = Dashboard.install(cluster);
    var namespace = cluster.namespace(Dashboard.NAMESPACE);
    namespace.configMap("kube-master-certificate-request")
        .file(ConfigMapSource.fromResource("production/ssl/openssl.conf"));
    namespace.ingress("kubernetes-dashboard")
        .controller(nginx)
        .host(DASHBOARD_HOST, "/", dashboard.service().port("https"))
        .tls(TlsCertificate.fromSecret("kube-master-secret"))
        .basicAuth(BasicAuth.of("admin", SecretValue.fromEnv("DASHBOARD_PASSWORD"))
            .realm("Authentication Required, please input user and password"))
        .annotation(nginx.annotation("backend-protocol"), "HTTPS");
  }

  /**
   * Seed 001's CI/CD: Jenkins, not privileged, its home on NFS; its builds run as pods it starts in
   * {@code ci} and build images with the host's Docker over TCP ({@code DOCKER_HOST}), authenticated by a
   * client certificate the host's CA signed ({@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}); its
   * deploy jobs apply manifests to {@code apps}.
   */
  private static void continuousIntegration(Cluster.Builder cluster, StorageClassRef storage) {
    var ci = cluster.namespace("ci");
    var jenkins = ci.serviceAccount("jenkins");
    var dockerClient = ci.secret("docker-client")
        .entry("ca.pem", SecretValue.fromEnv("DOCKER_TLS_CA_CERT"))
        .entry("cert.pem", SecretValue.fromEnv("DOCKER_CLIENT_CERT"))
        .entry("key.pem", SecretValue.fromEnv("DOCKER_CLIENT_KEY"));
    var agents = ci.role("jenkins-agents")
        .rule(Rule.allow(Verb.CREATE, Verb.DELETE, Verb.GET, Verb.LIST, Verb.PATCH, Verb.UPDATE, Verb.WATCH)
            .on(Rule.CORE, "pods"))
        .rule(Rule.allow(Verb.CREATE, Verb.GET).on(Rule.CORE, "pods/exec"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "pods/log", "events"));
    ci.roleBinding("jenkins-agents", agents.ref()).serviceAccount(jenkins.ref());
    cluster.namespace("apps").roleBinding("jenkins-deploys", ClusterRoleRef.EDIT).serviceAccount(jenkins.ref());
    ci.statefulApp("jenkins")
        .image("jenkins/jenkins:2.479.3-lts-jdk17")
        .port("http", 8080)
        .port("agent", 50000)
        .serviceAccount(jenkins.ref())
        .env("HOST_IP", FieldRef.HOST_IP)
        .env("DOCKER_HOST", "tcp://$(HOST_IP):" + DOCKER_TLS_PORT)
        .env("DOCKER_TLS_VERIFY", "1")
        .env("DOCKER_CERT_PATH", DOCKER_CERT_PATH)
        .podSecurity(PodSecurity.user(1000).group(1000).fsGroup(1000))
        .securityContext(SecurityContext.restricted(1000))
        .startup(Probe.http("/login", "http").failureThreshold(30))
        .readiness(Probe.http("/login", "http"))
        .liveness(Probe.http("/login", "http").failureThreshold(5))
        .requests(Cpu.millis(500), Size.gib(1))
        .limits(Cpu.cores(2), Size.gib(4))
        .mountReadOnly(DOCKER_CERT_PATH, dockerClient.ref())
        .mount("/var/jenkins_home",
            ClaimTemplate.named("jenkins-home", Size.gib(20)).storageClass(storage));
  }

  /**
   * Seed 001's two ways to use the StorageClass: a claim made first and mounted by the pod
   * ({@code mysql1}, {@code pg1}), and a claim template that gives each StatefulSet pod its own
   * ({@code mysql2}, {@code pg2}), whose claims stay when the StatefulSet is deleted.
   */
  private static void databases(Cluster.Builder cluster, StorageClassRef storage) {
    var databases = cluster.namespace("databases");
    var mysqlPassword = databases.secret("mysql").entry("root-password", SecretValue.fromEnv("MYSQL_ROOT_PASSWORD"));
    var postgresPassword = databases.secret("postgres").entry("password", SecretValue.fromEnv("POSTGRES_PASSWORD"));
    var mysqlData = databases.pvc("mysql1-data", Size.gib(10)).storageClass(storage);
    mysql(databases.app("mysql1"), mysqlPassword)
        .recreate()
        .mount("/var/lib/mysql", mysqlData.ref());
    var postgresData = databases.pvc("pg1-data", Size.gib(10)).storageClass(storage);
    postgres(databases.app("pg1"), postgresPassword)
        .recreate()
        .mount("/var/lib/postgresql/data", postgresData.ref());
    var perPod = ClaimTemplate.named("data", Size.gib(10)).storageClass(storage);
    mysql(databases.statefulApp("mysql2"), mysqlPassword)
        .mount("/var/lib/mysql", perPod);
    postgres(databases.statefulApp("pg2"), postgresPassword)
        .mount("/var/lib/postgresql/data", perPod);
  }

  private static <B extends ReplicatedSettings<B, ?>> B mysql(B workload, Secret.Builder password) {
    return workload
        .image("mysql:8.4.3")
        .port("mysql", 3306)
        .env("MYSQL_ROOT_PASSWORD", password.key("root-password"))
        .podSecurity(PodSecurity.user(999).group(999).fsGroup(999))
        .securityContext(SecurityContext.restricted(999))
        .readiness(Probe.exec("mysqladmin", "ping", "-h", "127.0.0.1").period(Duration.ofSeconds(5)))
        .liveness(Probe.tcp("mysql").initialDelay(Duration.ofSeconds(30)))
        .requests(Cpu.millis(250), Size.mib(512))
        .limits(Cpu.cores(1), Size.gib(1))
        .mount("/var/run/mysqld", EmptyDir.named("run"));
  }

  private static <B extends ReplicatedSettings<B, ?>> B postgres(B workload, Secret.Builder password) {
    return workload
        .image("postgres:17.2")
        .port("postgres", 5432)
        .env("POSTGRES_PASSWORD", password.key("password"))
        .env("PGDATA", "/var/lib/postgresql/data/pgdata")
        .podSecurity(PodSecurity.user(999).group(999).fsGroup(999))
        .securityContext(SecurityContext.restricted(999))
        .readiness(Probe.exec("pg_isready", "-U", "postgres").period(Duration.ofSeconds(5)))
        .liveness(Probe.tcp("postgres").initialDelay(Duration.ofSeconds(30)))
        .requests(Cpu.millis(250), Size.mib(256))
        .limits(Cpu.cores(1), Size.gib(1))
        .mount("/var/run/postgresql", EmptyDir.named("run"));
  }

  /**
   * Seed 001's auto-deploy options in one: app-manager, the seed's own image that watches a folder with
   * fswatch and applies what appears there, runs as a static pod from the kubelet's manifest folder, so
   * it runs before and without anything else of the cluster.
   */
  private static void autoDeploy(Cluster.Builder cluster) {
    cluster.namespace("kube-system").staticPod("app-manager")
        .image("registry.example.com/app-manager:1.0.0")
        .args("--watch", "/etc/kubernetes/apps")
        .hostNetwork()
        .priorityClass(PriorityClassRef.SYSTEM_NODE_CRITICAL)
        .mountReadOnly("/etc/kubernetes/apps",
            HostPath.of("apps", "/etc/kubernetes/apps", HostPathType.DIRECTORY_OR_CREATE))
        .mountReadOnly("/etc/kubernetes/admin.conf",
            HostPath.of("kubeconfig", "/etc/kubernetes/admin.conf", HostPathType.FILE))
        .liveness(Probe.exec("test", "-d", "/etc/kubernetes/apps"))
        .limits(Cpu.millis(100), Size.mib(64))
        .securityContext(SecurityContext.user(0))
        .allow("host-network", "reaches the API server on the node before the pod network is up")
        .allow("host-path-volume", "watches the node's manifest folder and applies it with the node's kubeconfig")
        .allow("run-as-root", "admin.conf is readable by root only");
  }

  /** Seed 001's supervisord example: one container running two programs, configured from a ConfigMap. */
  private static void supervisor(Cluster.Builder cluster) {
    var apps = cluster.namespace("apps");
    var config = apps.configMap("supervisord")
        .file(ConfigMapSource.fromResource("production/supervisor/supervisord.conf"));
    apps.app("supervised-apps")
        .image("registry.example.com/supervised-apps:1.0.0")
        .command("/usr/bin/supervisord", "-c", "/etc/supervisor/supervisord.conf")
        .securityContext(SecurityContext.restricted(1000).readOnlyRoot())
        .liveness(Probe.exec("supervisorctl", "-c", "/etc/supervisor/supervisord.conf", "status"))
        .requests(Cpu.millis(100), Size.mib(128))
        .limits(Cpu.millis(500), Size.mib(256))
        .mountSubPath("/etc/supervisor/supervisord.conf", config.ref(), "supervisord.conf")
        .mount("/tmp", EmptyDir.named("tmp"));
  }

  /**
   * An application described with dekorate's annotations ({@code examples/dekorate-app}): its Deployment and
   * Service come from the manifest dekorate wrote when that module was compiled, read here as data; this
   * cluster places them into {@code apps}, gives the Deployment the claim it mounts, on NFS, and routes
   * {@code guestbook.example.com} to the Service. dekorate stamps the commit and remote it was compiled
   * from into every object; those annotations are dropped, or every commit would change the generated tree.
   */
  private static void guestbook(Cluster.Builder cluster, IngressController.IngressNginx nginx, StorageClassRef storage) {
    var apps = cluster.namespace("apps");
    var guestbook = apps.include(ManifestSource.fromResource("META-INF/dekorate/kubernetes.yml"))
        .dropAnnotation("app.dekorate.io/commit-id")
        .dropAnnotation("app.dekorate.io/vcs-url")
        .allow("run-as-root", "dekorate 4's @KubernetesApplication cannot set a securityContext; the guestbook"
            + " image itself runs as user 1000");
    guestbook.pvc("guestbook-entries", Size.gib(5)).storageClass(storage);
    apps.ingress("guestbook")
        .controller(nginx)
        .host(GUESTBOOK_HOST, "/", guestbook.service("guestbook").port("http"))
        .tls(TlsCertificate.fromSecret("guestbook-tls"));
  }

  /**
   * Seed 001's rolling update: one pod above and one below the three replicas during a rollout, a new
   * pod counted as available 5 seconds after it is ready, ready once port 8080 answers (after 15
   * seconds), restarted when it stops answering (checked from 300 seconds on).
   */
  private static void rollingUpdate(Cluster.Builder cluster) {
    cluster.namespace("apps").app("web")
        .image("nginxinc/nginx-unprivileged:1.27.3")
        .port("http", 8080)
        .replicas(3)
        .rollingUpdate(PodCount.of(1), PodCount.of(1))
        .minReady(Duration.ofSeconds(5))
        .readiness(Probe.tcp("http").initialDelay(Duration.ofSeconds(15)))
        .liveness(Probe.tcp("http").initialDelay(Duration.ofSeconds(300)))
        .securityContext(SecurityContext.restricted(101).readOnlyRoot())
        .requests(Cpu.millis(100), Size.mib(64))
        .limits(Cpu.millis(500), Size.mib(128))
        .mount("/tmp", EmptyDir.named("tmp"));
  }
}
