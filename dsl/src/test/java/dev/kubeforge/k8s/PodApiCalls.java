package dev.kubeforge.k8s;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.core.PullPolicy;
import dev.kubeforge.core.Size;
import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The typed DSL call for each covered field of the pod API: a definition of the workload {@code site}
 * in namespace {@code web} that sets the field. {@link PodApiCoverageTest} proves each one sets it.
 */
final class PodApiCalls {

  static final String IMAGE = "nginx:1.27.3";
  /** The definition every call is compared with: a workload with only an image. */
  static final Consumer<Cluster.Builder> BASELINE = c -> site(c);

  private PodApiCalls() {}

  static App.Builder site(Cluster.Builder cluster) {
    return web(cluster).app("site").image(IMAGE);
  }

  static Namespace.Builder web(Cluster.Builder cluster) {
    return cluster.namespace("web");
  }

  static SortedMap<String, Consumer<Cluster.Builder>> covered() {
    var calls = new TreeMap<String, Consumer<Cluster.Builder>>();
    // PodSpec
    calls.put("PodSpec.affinity", c -> site(c).onePodPer(TopologyKey.HOSTNAME));
    calls.put("PodSpec.containers", c -> site(c).sidecar("shipper", s -> s.image("fluent/fluent-bit:3.1")));
    calls.put("PodSpec.hostIPC", c -> site(c).hostIpc());
    calls.put("PodSpec.hostNetwork", c -> site(c).hostNetwork());
    calls.put("PodSpec.hostPID", c -> site(c).hostPid());
    calls.put("PodSpec.initContainers", c -> site(c).initContainer("migrate", s -> s.image("flyway/flyway:10.17")));
    calls.put("PodSpec.nodeSelector", c -> site(c).nodeSelector("workload", "compute"));
    calls.put("PodSpec.priorityClassName", c -> site(c).priorityClass(PriorityClassRef.SYSTEM_CLUSTER_CRITICAL));
    calls.put("PodSpec.restartPolicy", c -> web(c).batchJob("site").image(IMAGE));
    calls.put("PodSpec.securityContext", c -> site(c).podSecurity(PodSecurity.nonRoot()));
    calls.put("PodSpec.serviceAccountName", c -> site(c).serviceAccount(web(c).serviceAccount("site").ref()));
    calls.put("PodSpec.tolerations", c -> site(c).toleration(Toleration.exists("dedicated", TaintEffect.NO_SCHEDULE)));
    calls.put("PodSpec.volumes", c -> site(c).mount("/cache", EmptyDir.named("cache")));
    // Container
    calls.put("Container.args", c -> site(c).args("--verbose"));
    calls.put("Container.command", c -> site(c).command("/bin/server"));
    calls.put("Container.env", c -> site(c).env("MODE", "production"));
    calls.put("Container.image", c -> site(c).image("nginx:1.28.0"));
    calls.put("Container.imagePullPolicy", c -> site(c).imagePullPolicy(PullPolicy.ALWAYS));
    calls.put("Container.livenessProbe", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("Container.name", c -> site(c).containerName("main"));
    calls.put("Container.ports", c -> site(c).port("http", 80));
    calls.put("Container.readinessProbe", c -> site(c).readiness(Probe.tcp(80)));
    calls.put("Container.resources", c -> site(c).limits(Size.mib(256)));
    calls.put("Container.securityContext", c -> site(c).securityContext(SecurityContext.nonRoot()));
    calls.put("Container.startupProbe", c -> site(c).startup(Probe.tcp(80)));
    calls.put("Container.volumeMounts", c -> site(c).mount("/cache", EmptyDir.named("cache")));
    calls.put("Container.workingDir", c -> site(c).workingDir("/srv"));
    // Volume and its sources
    calls.put("Volume.name", c -> site(c).mount("/cache", EmptyDir.named("cache")));
    calls.put("Volume.emptyDir", c -> site(c).mount("/cache", EmptyDir.named("cache")));
    calls.put("EmptyDirVolumeSource.medium", c -> site(c).mount("/cache", EmptyDir.named("cache").inMemory()));
    calls.put("EmptyDirVolumeSource.sizeLimit", c -> site(c).mount("/cache", EmptyDir.named("cache").sizeLimit(Size.gib(1))));
    calls.put("Volume.hostPath", c -> site(c).mount("/logs", HostPath.directory("logs", "/var/log")));
    calls.put("HostPathVolumeSource.path", c -> site(c).mount("/logs", HostPath.directory("logs", "/var/log")));
    calls.put("HostPathVolumeSource.type", c -> site(c).mount("/logs", HostPath.directory("logs", "/var/log")));
    calls.put("Volume.nfs", c -> site(c).mount("/media", NfsVolume.of("media", "nas.lan", "/export/media")));
    calls.put("NFSVolumeSource.server", c -> site(c).mount("/media", NfsVolume.of("media", "nas.lan", "/export/media")));
    calls.put("NFSVolumeSource.path", c -> site(c).mount("/media", NfsVolume.of("media", "nas.lan", "/export/media")));
    calls.put("NFSVolumeSource.readOnly",
        c -> site(c).mount("/media", NfsVolume.of("media", "nas.lan", "/export/media").readOnly()));
    calls.put("Volume.persistentVolumeClaim", c -> site(c).mount("/data", web(c).pvc("data", Size.gib(1)).ref()));
    calls.put("PersistentVolumeClaimVolumeSource.claimName",
        c -> site(c).mount("/data", web(c).pvc("data", Size.gib(1)).ref()));
    calls.put("Volume.configMap", c -> site(c).mount("/etc/site", web(c).configMap("site").entry("a", "1").ref()));
    calls.put("ConfigMapVolumeSource.name", c -> site(c).mount("/etc/site", web(c).configMap("site").entry("a", "1").ref()));
    calls.put("Volume.secret", c -> site(c).mount("/etc/tls", web(c).external(ExternalSecret.named("tls")).ref()));
    calls.put("SecretVolumeSource.secretName",
        c -> site(c).mount("/etc/tls", web(c).external(ExternalSecret.named("tls")).ref()));
    // SecurityContext, PodSecurityContext
    calls.put("SecurityContext.allowPrivilegeEscalation", c -> site(c).securityContext(SecurityContext.restricted(1000)));
    calls.put("SecurityContext.capabilities", c -> site(c).securityContext(SecurityContext.restricted(1000)));
    calls.put("Capabilities.add", c -> site(c).securityContext(SecurityContext.nonRoot().addCapabilities("NET_ADMIN")));
    calls.put("Capabilities.drop", c -> site(c).securityContext(SecurityContext.nonRoot().dropCapabilities("ALL")));
    calls.put("SecurityContext.privileged", c -> site(c).securityContext(SecurityContext.privilegedContainer()));
    calls.put("SecurityContext.readOnlyRootFilesystem", c -> site(c).securityContext(SecurityContext.nonRoot().readOnlyRoot()));
    calls.put("SecurityContext.runAsGroup", c -> site(c).securityContext(SecurityContext.user(1000).group(1000)));
    calls.put("SecurityContext.runAsNonRoot", c -> site(c).securityContext(SecurityContext.nonRoot()));
    calls.put("SecurityContext.runAsUser", c -> site(c).securityContext(SecurityContext.user(1000)));
    calls.put("SecurityContext.seccompProfile", c -> site(c).securityContext(SecurityContext.nonRoot().seccompRuntimeDefault()));
    calls.put("SeccompProfile.type", c -> site(c).securityContext(SecurityContext.nonRoot().seccompRuntimeDefault()));
    calls.put("SeccompProfile.localhostProfile",
        c -> site(c).securityContext(SecurityContext.nonRoot().seccompLocalhost("profiles/audit.json")));
    calls.put("PodSecurityContext.fsGroup", c -> site(c).podSecurity(PodSecurity.nonRoot().fsGroup(2000)));
    calls.put("PodSecurityContext.runAsGroup", c -> site(c).podSecurity(PodSecurity.user(1000).group(1000)));
    calls.put("PodSecurityContext.runAsNonRoot", c -> site(c).podSecurity(PodSecurity.nonRoot()));
    calls.put("PodSecurityContext.runAsUser", c -> site(c).podSecurity(PodSecurity.user(1000)));
    calls.put("PodSecurityContext.seccompProfile", c -> site(c).podSecurity(PodSecurity.nonRoot().seccompRuntimeDefault()));
    // Probe and its handlers
    calls.put("Probe.exec", c -> site(c).liveness(Probe.exec("pg_isready")));
    calls.put("ExecAction.command", c -> site(c).liveness(Probe.exec("pg_isready")));
    calls.put("Probe.httpGet", c -> site(c).liveness(Probe.http("/healthz", 80)));
    calls.put("HTTPGetAction.path", c -> site(c).liveness(Probe.http("/healthz", 80)));
    calls.put("HTTPGetAction.port", c -> site(c).liveness(Probe.http("/healthz", 80)));
    calls.put("HTTPGetAction.scheme", c -> site(c).liveness(Probe.https("/healthz", 443)));
    calls.put("Probe.tcpSocket", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("TCPSocketAction.port", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("Probe.grpc", c -> site(c).liveness(Probe.grpc(9090)));
    calls.put("GRPCAction.port", c -> site(c).liveness(Probe.grpc(9090)));
    calls.put("GRPCAction.service", c -> site(c).liveness(Probe.grpc(9090, "health")));
    calls.put("Probe.initialDelaySeconds", c -> site(c).liveness(Probe.tcp(80).initialDelay(Duration.ofSeconds(5))));
    calls.put("Probe.periodSeconds", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("Probe.timeoutSeconds", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("Probe.failureThreshold", c -> site(c).liveness(Probe.tcp(80)));
    calls.put("Probe.successThreshold", c -> site(c).liveness(Probe.tcp(80)));
    // PodSpec, added for the pod API
    calls.put("PodSpec.automountServiceAccountToken", c -> site(c).noServiceAccountToken());
    calls.put("PodSpec.dnsConfig", c -> site(c).dnsConfig(DnsConfig.create().nameserver(IpAddress.parse("1.1.1.1"))));
    calls.put("PodSpec.dnsPolicy", c -> site(c).dnsPolicy(DnsPolicy.NONE));
    calls.put("PodSpec.enableServiceLinks", c -> site(c).noServiceLinks());
    calls.put("PodSpec.hostAliases", c -> site(c).hostAlias(IpAddress.parse("10.0.0.5"), "nas.lan"));
    calls.put("PodSpec.hostUsers", c -> site(c).userNamespace());
    calls.put("PodSpec.hostname", c -> site(c).hostname("web-0"));
    calls.put("PodSpec.imagePullSecrets", c -> site(c).imagePullSecret(web(c).external(ExternalSecret.named("registry")).ref()));
    calls.put("PodSpec.readinessGates", c -> site(c).readinessGate("example.com/in-rotation"));
    calls.put("PodSpec.runtimeClassName", c -> site(c).runtimeClass("gvisor"));
    calls.put("PodSpec.schedulerName", c -> site(c).scheduler("bin-packer"));
    calls.put("PodSpec.schedulingGates", c -> site(c).schedulingGate("example.com/quota"));
    calls.put("PodSpec.setHostnameAsFQDN", c -> site(c).subdomain("web").hostnameAsFqdn());
    calls.put("PodSpec.shareProcessNamespace", c -> site(c).shareProcessNamespace());
    calls.put("PodSpec.subdomain", c -> site(c).subdomain("web"));
    calls.put("PodSpec.terminationGracePeriodSeconds", c -> site(c).terminationGracePeriod(Duration.ofSeconds(60)));
    calls.put("PodSpec.topologySpreadConstraints", c -> site(c).spreadAcross(TopologyKey.ZONE, 1));
    // Container, added for the pod API
    calls.put("Container.envFrom", c -> site(c).envFrom(web(c).configMap("site").entry("a", "1").ref()));
    calls.put("Container.lifecycle", c -> site(c).preStop(LifecycleHook.sleep(Duration.ofSeconds(5))));
    calls.put("Container.restartPolicy", c -> site(c).nativeSidecar("proxy", s -> s.image("envoyproxy/envoy:v1.31.0")));
    calls.put("Container.stdin", c -> site(c).stdin());
    calls.put("Container.terminationMessagePath", c -> site(c).terminationMessagePath("/tmp/termination"));
    calls.put("Container.terminationMessagePolicy", c -> site(c).terminationMessageFromLogs());
    calls.put("Container.tty", c -> site(c).tty());
    // ConfigMap and Secret volumes with options
    calls.put("ConfigMapVolumeSource.defaultMode", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).defaultMode(FileMode.of(0440))));
    calls.put("ConfigMapVolumeSource.items", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).item("a", "a.conf")));
    calls.put("ConfigMapVolumeSource.optional", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).optional()));
    calls.put("SecretVolumeSource.defaultMode", c -> site(c).mount("/etc/tls", KeyVolume.of(tls(c)).defaultMode(FileMode.of(0400))));
    calls.put("SecretVolumeSource.items", c -> site(c).mount("/etc/tls", KeyVolume.of(tls(c)).item("tls.key", "server.key")));
    calls.put("SecretVolumeSource.optional", c -> site(c).mount("/etc/tls", KeyVolume.of(tls(c)).optional()));
    calls.put("KeyToPath.key", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).item("a", "a.conf")));
    calls.put("KeyToPath.path", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).item("a", "a.conf")));
    calls.put("KeyToPath.mode", c -> site(c).mount("/etc/site", KeyVolume.of(config(c)).item("a", "a.conf", FileMode.of(0400))));
    // CSI
    calls.put("Volume.csi", c -> site(c).mount("/secrets", csi()));
    calls.put("CSIVolumeSource.driver", c -> site(c).mount("/secrets", csi()));
    calls.put("CSIVolumeSource.fsType", c -> site(c).mount("/secrets", csi().fsType("ext4")));
    calls.put("CSIVolumeSource.readOnly", c -> site(c).mount("/secrets", csi().readOnly()));
    calls.put("CSIVolumeSource.volumeAttributes", c -> site(c).mount("/secrets", csi().attribute("secretProviderClass", "vault")));
    calls.put("CSIVolumeSource.nodePublishSecretRef", c -> site(c).mount("/secrets", csi().nodePublishSecret(tls(c))));
    calls.put("LocalObjectReference.name", c -> site(c).mount("/secrets", csi().nodePublishSecret(tls(c))));
    // downward API
    calls.put("Volume.downwardAPI", c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").labels("labels")));
    calls.put("DownwardAPIVolumeSource.items", c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").labels("labels")));
    calls.put("DownwardAPIVolumeSource.defaultMode",
        c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").labels("labels").defaultMode(FileMode.of(0444))));
    calls.put("DownwardAPIVolumeFile.path", c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").labels("labels")));
    calls.put("DownwardAPIVolumeFile.fieldRef",
        c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").field("name", FieldRef.POD_NAME)));
    calls.put("ObjectFieldSelector.apiVersion",
        c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").field("name", FieldRef.POD_NAME)));
    calls.put("ObjectFieldSelector.fieldPath",
        c -> site(c).mount("/podinfo", DownwardApiVolume.named("podinfo").field("name", FieldRef.POD_NAME)));
    calls.put("DownwardAPIVolumeFile.resourceFieldRef", c -> site(c).mount("/podinfo", memoryLimit()));
    calls.put("ResourceFieldSelector.containerName", c -> site(c).mount("/podinfo", memoryLimit()));
    calls.put("ResourceFieldSelector.resource", c -> site(c).mount("/podinfo", memoryLimit()));
    // projected
    calls.put("Volume.projected", c -> site(c).mount("/creds", token()));
    calls.put("ProjectedVolumeSource.sources", c -> site(c).mount("/creds", token()));
    calls.put("ProjectedVolumeSource.defaultMode", c -> site(c).mount("/creds", token().defaultMode(FileMode.of(0440))));
    calls.put("VolumeProjection.serviceAccountToken", c -> site(c).mount("/creds", token()));
    calls.put("ServiceAccountTokenProjection.audience", c -> site(c).mount("/creds", token()));
    calls.put("ServiceAccountTokenProjection.expirationSeconds", c -> site(c).mount("/creds", token()));
    calls.put("ServiceAccountTokenProjection.path", c -> site(c).mount("/creds", token()));
    calls.put("VolumeProjection.configMap", c -> site(c).mount("/creds", token().keys(KeyVolume.of(config(c)))));
    calls.put("ConfigMapProjection.name", c -> site(c).mount("/creds", token().keys(KeyVolume.of(config(c)))));
    calls.put("ConfigMapProjection.items", c -> site(c).mount("/creds", token().keys(KeyVolume.of(config(c)).item("a", "a"))));
    calls.put("ConfigMapProjection.optional", c -> site(c).mount("/creds", token().keys(KeyVolume.of(config(c)).optional())));
    calls.put("VolumeProjection.secret", c -> site(c).mount("/creds", token().keys(KeyVolume.of(tls(c)))));
    calls.put("SecretProjection.name", c -> site(c).mount("/creds", token().keys(KeyVolume.of(tls(c)))));
    calls.put("SecretProjection.items", c -> site(c).mount("/creds", token().keys(KeyVolume.of(tls(c)).item("ca.crt", "ca.crt"))));
    calls.put("SecretProjection.optional", c -> site(c).mount("/creds", token().keys(KeyVolume.of(tls(c)).optional())));
    calls.put("VolumeProjection.downwardAPI", c -> site(c).mount("/creds", token().downwardApi(memoryLimit())));
    calls.put("DownwardAPIProjection.items", c -> site(c).mount("/creds", token().downwardApi(memoryLimit())));
    // ephemeral, image
    calls.put("Volume.ephemeral", c -> site(c).mount("/scratch", scratch()));
    calls.put("EphemeralVolumeSource.volumeClaimTemplate", c -> site(c).mount("/scratch", scratch()));
    calls.put("PersistentVolumeClaimTemplate.spec", c -> site(c).mount("/scratch", scratch()));
    calls.put("PersistentVolumeClaimTemplate.metadata", c -> site(c).mount("/scratch",
        EphemeralVolume.of(ClaimTemplate.named("scratch", Size.gib(50)).label("tier", "scratch"))));
    calls.put("Volume.image", c -> site(c).mount("/model", ImageVolume.of("model", "registry.lan/models/llama:3")));
    calls.put("ImageVolumeSource.reference", c -> site(c).mount("/model", ImageVolume.of("model", "registry.lan/models/llama:3")));
    calls.put("ImageVolumeSource.pullPolicy", c -> site(c).mount("/model", ImageVolume.of("model", "registry.lan/models/llama:3")));
    // security contexts, added for the pod API
    calls.put("SecurityContext.appArmorProfile", c -> site(c).securityContext(SecurityContext.nonRoot().appArmorRuntimeDefault()));
    calls.put("AppArmorProfile.type", c -> site(c).securityContext(SecurityContext.nonRoot().appArmorRuntimeDefault()));
    calls.put("AppArmorProfile.localhostProfile", c -> site(c).securityContext(SecurityContext.nonRoot().appArmorLocalhost("k8s-nginx")));
    calls.put("SecurityContext.seLinuxOptions", c -> site(c).securityContext(SecurityContext.nonRoot().seLinux(SeLinux.type("spc_t"))));
    calls.put("SELinuxOptions.type", c -> site(c).securityContext(SecurityContext.nonRoot().seLinux(SeLinux.type("spc_t"))));
    calls.put("SELinuxOptions.level", c -> site(c).podSecurity(PodSecurity.nonRoot().seLinux(SeLinux.level("s0:c123,c456"))));
    calls.put("SELinuxOptions.user", c -> site(c).podSecurity(PodSecurity.nonRoot().seLinux(SeLinux.type("spc_t").user("system_u"))));
    calls.put("SELinuxOptions.role", c -> site(c).podSecurity(PodSecurity.nonRoot().seLinux(SeLinux.type("spc_t").role("system_r"))));
    calls.put("PodSecurityContext.appArmorProfile", c -> site(c).podSecurity(PodSecurity.nonRoot().appArmorRuntimeDefault()));
    calls.put("PodSecurityContext.seLinuxOptions", c -> site(c).podSecurity(PodSecurity.nonRoot().seLinux(SeLinux.level("s0:c1,c2"))));
    calls.put("PodSecurityContext.fsGroupChangePolicy", c -> site(c).podSecurity(PodSecurity.nonRoot().fsGroup(2000).fsGroupOnRootMismatch()));
    calls.put("PodSecurityContext.supplementalGroups", c -> site(c).podSecurity(PodSecurity.nonRoot().supplementalGroups(44, 109)));
    calls.put("PodSecurityContext.supplementalGroupsPolicy", c -> site(c).podSecurity(PodSecurity.nonRoot().strictSupplementalGroups()));
    calls.put("PodSecurityContext.sysctls", c -> site(c).podSecurity(PodSecurity.nonRoot().sysctl("net.ipv4.ip_unprivileged_port_start", "0")));
    calls.put("Sysctl.name", c -> site(c).podSecurity(PodSecurity.nonRoot().sysctl("net.ipv4.ip_unprivileged_port_start", "0")));
    calls.put("Sysctl.value", c -> site(c).podSecurity(PodSecurity.nonRoot().sysctl("net.ipv4.ip_unprivileged_port_start", "0")));
    // probes and lifecycle hooks, added for the pod API
    calls.put("Probe.terminationGracePeriodSeconds", c -> site(c).liveness(Probe.tcp(80).terminationGracePeriod(Duration.ofSeconds(5))));
    calls.put("HTTPGetAction.httpHeaders", c -> site(c).liveness(Probe.http("/healthz", 80).httpHeader("Host", "site.lan")));
    calls.put("HTTPHeader.name", c -> site(c).liveness(Probe.http("/healthz", 80).httpHeader("Host", "site.lan")));
    calls.put("HTTPHeader.value", c -> site(c).liveness(Probe.http("/healthz", 80).httpHeader("Host", "site.lan")));
    calls.put("Lifecycle.postStart", c -> site(c).postStart(LifecycleHook.exec("/bin/warm-up")));
    calls.put("Lifecycle.preStop", c -> site(c).preStop(LifecycleHook.exec("nginx", "-s", "quit")));
    calls.put("LifecycleHandler.exec", c -> site(c).preStop(LifecycleHook.exec("nginx", "-s", "quit")));
    calls.put("LifecycleHandler.httpGet", c -> site(c).preStop(LifecycleHook.http("/drain", 80)));
    calls.put("LifecycleHandler.sleep", c -> site(c).preStop(LifecycleHook.sleep(Duration.ofSeconds(5))));
    calls.put("SleepAction.seconds", c -> site(c).preStop(LifecycleHook.sleep(Duration.ofSeconds(5))));
    return calls;
  }

  private static ConfigMapRef config(Cluster.Builder cluster) {
    return web(cluster).configMap("site").entry("a", "1").ref();
  }

  private static SecretRef tls(Cluster.Builder cluster) {
    return web(cluster).external(ExternalSecret.named("tls")).ref();
  }

  private static CsiVolume csi() {
    return CsiVolume.of("secrets", "secrets-store.csi.k8s.io");
  }

  private static DownwardApiVolume memoryLimit() {
    return DownwardApiVolume.named("podinfo").resource("memory", "site", ResourceField.LIMITS_MEMORY);
  }

  private static ProjectedVolume token() {
    return ProjectedVolume.named("creds").serviceAccountToken("token", "vault", Duration.ofHours(1));
  }

  private static EphemeralVolume scratch() {
    return EphemeralVolume.of(ClaimTemplate.named("scratch", Size.gib(50)));
  }
}
