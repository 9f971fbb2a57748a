package dev.kubeforge.k8s;

import dev.kubeforge.cluster.Cluster;
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
    return calls;
  }

}
