package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.PullPolicy;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.ClusterRoleRef;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.DisruptionBudget;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.TopologyKey;
import dev.kubeforge.k8s.Verb;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The policy pack: for each policy check a bad input, asserting the whole problem (severity, path,
 * message, id and hint), and a good input with no problem; then the severity profiles.
 */
class PolicyChecksTest {

  /** Every problem of {@code checkId} that {@link Checks#run} reports, as printed. */
  static List<String> problems(Cluster cluster, String checkId) {
    return problems(cluster, checkId, Policy.defaults());
  }

  static List<String> problems(Cluster cluster, String checkId, Policy policy) {
    var found = new ArrayList<String>();
    for (Problem problem : Checks.run(cluster, policy)) {
      if (problem.checkId().equals(checkId)) {
        found.add(problem.severity() + " " + problem);
      }
    }
    return found;
  }

  /**
   * A namespace whose one app passes every policy check: pinned and always pulled, sized, probed,
   * hardened, spread over three replicas with a disruption budget, behind a default-deny policy, with its
   * own service account without token.
   */
  static Cluster.Builder hardened() {
    var cluster = Cluster.named("prod").kubernetesVersion("1.31");
    var web = cluster.namespace("web");
    web.networkPolicy("default-deny").denyIngress();
    var account = web.serviceAccount("site").noTokenAutomount();
    web.app("site").image("nginx:1.27.3").imagePullPolicy(PullPolicy.ALWAYS)
        .replicas(3).disruptionBudget(DisruptionBudget.maxUnavailable(PodCount.of(1)))
        .onePodPer(TopologyKey.HOSTNAME)
        .port("http", 8080)
        .requests(Cpu.millis(100), Size.mib(64)).limits(Cpu.millis(500), Size.mib(256))
        .securityContext(SecurityContext.restricted(101).readOnlyRoot())
        .mount("/tmp", EmptyDir.named("tmp"))
        .liveness(Probe.tcp("http")).readiness(Probe.http("/ready", "http"))
        .serviceAccount(account.ref())
        .env("DB_PASSWORD_FILE", "/run/secrets/db");
    return cluster;
  }

  @Test
  void aHardenedAppHasNoPolicyProblem() {
    var found = new ArrayList<String>();
    for (Problem problem : Checks.run(hardened().build(), Policy.profile("strict"))) {
      found.add(problem.severity() + " " + problem);
    }
    assertEquals(List.of(), found);
  }

  /** The whole problem, as the tests assert it: severity, path, message, id and hint. */
  private static String w(String path, String message, String id, String hint) {
    return "WARNING cluster prod › " + path + ": " + message + " [" + id + "]\n  hint: " + hint;
  }

  private static String allowOr(String id) {
    return "or allow(\"" + id + "\", reason)";
  }

  /** A Service added as is, selecting the app {@code site}, whose one port targets {@code target}. */
  private static Service service(String name, IntOrString target) {
    var service = WorkloadChecksTest.service(name, "site", null);
    service.getSpec().getPorts().get(0).setName("web");
    service.getSpec().getPorts().get(0).setTargetPort(target);
    return service;
  }

  @Nested
  class Containers {

    @Test
    void anImagePulledByTagIfNotPresent() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3");
      assertEquals(List.of(w("namespace web › app site › container site", "container site pulls 'nginx:1.27.3' by"
              + " tag with pull policy IfNotPresent: a node keeps the image it pulled first, even"
              + " after the tag moves", "image-pull-policy",
              ".imagePullPolicy(PullPolicy.ALWAYS), or pin the image by digest, " + allowOr("image-pull-policy"))),
          problems(cluster.build(), "image-pull-policy"));
    }

    @Test
    void anImagePinnedByDigestNeedsNoPullPolicy() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx@sha256:" + "a".repeat(64));
      assertEquals(List.of(), problems(cluster.build(), "image-pull-policy"));
    }

    @Test
    void aContainerWithoutRequests() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .sidecar("log", c -> c.image("fluent/fluent-bit:3.1").limits(Cpu.millis(100), Size.mib(64)));
      assertEquals(List.of(w("namespace web › app site › container site", "container site requests no cpu and no"
              + " memory, so the scheduler places it as if it needed none", "no-resource-requests",
              ".requests(Cpu.millis(100), Size.mib(128)), " + allowOr("no-resource-requests"))),
          problems(cluster.build(), "no-resource-requests"));
    }

    @Test
    void aContainerWithACpuLimitOnly() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer().editOrNewResources()
              .addToLimits("cpu", new io.fabric8.kubernetes.api.model.Quantity("500m")).endResources()
              .endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of(w("namespace web › app site › container site", "container site sets no memory limit, so"
              + " it can take its node's memory from other pods", "no-resource-limits",
              ".limits(Size.mib(512)) beside its CPU limit, " + allowOr("no-resource-limits"))),
          problems(cluster.build(), "no-resource-limits"));
    }

    @Test
    void aLongRunningContainerWithoutLivenessProbe() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3");
      web.batchJob("migrate").image("flyway/flyway:10.17");
      assertEquals(List.of(w("namespace web › app site › container site", "container site has no liveness probe:"
              + " if it hangs, nothing restarts it", "no-liveness-probe",
              ".liveness(Probe.http(\"/healthz\", \"http\")) or Probe.tcp(\"<port>\"), " + allowOr("no-liveness-probe"))),
          problems(cluster.build(), "no-liveness-probe"));
    }

    @Test
    void theSameLivenessAndReadinessProbe() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 8080)
          .liveness(Probe.http("/", "http")).readiness(Probe.http("/", "http"));
      assertEquals(List.of(w("namespace web › app site › container site", "container site has the same liveness and"
              + " readiness probe: when it is slow, it is restarted instead of being taken out of its Service for a"
              + " while", "identical-probes",
              "probe liveness on a cheaper endpoint or with a higher failureThreshold, " + allowOr("identical-probes"))),
          problems(cluster.build(), "identical-probes"));
    }

    @Test
    void aWritableRootFileSystem() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.restricted(101));
      assertEquals(List.of(w("namespace web › app site › container site", "container site can write to its root"
              + " file system: an intruder can change its binaries and fill the node's disk", "no-readonly-root-fs",
              ".securityContext(SecurityContext.restricted(1000).readOnlyRoot()) and mount an EmptyDir where it"
                  + " writes, " + allowOr("no-readonly-root-fs"))),
          problems(cluster.build(), "no-readonly-root-fs"));
    }

    @Test
    void privilegeEscalationLeftOn() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.user(101));
      assertEquals(List.of(w("namespace web › app site › container site", "container site does not set"
              + " allowPrivilegeEscalation: false, so a setuid binary in it can gain root", "privilege-escalation",
              ".securityContext(SecurityContext.user(1000).noPrivilegeEscalation()), " + allowOr("privilege-escalation"))),
          problems(cluster.build(), "privilege-escalation"));
    }

    @Test
    void aPrivilegedContainerIsNotReportedAgainForEscalationOrCapabilities() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ci").app("dind").image("docker:27.1-dind").securityContext(SecurityContext.privilegedContainer());
      var built = cluster.build();
      assertEquals(List.of(), problems(built, "privilege-escalation"));
      assertEquals(List.of(), problems(built, "capabilities-not-dropped"));
    }

    @Test
    void capabilitiesNotDropped() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .securityContext(SecurityContext.user(101).dropCapabilities("NET_RAW", "MKNOD"));
      assertEquals(List.of(w("namespace web › app site › container site", "container site keeps the runtime's"
              + " default capabilities (drops only NET_RAW, MKNOD), NET_RAW among them", "capabilities-not-dropped",
              ".securityContext(SecurityContext.restricted(1000)), which drops ALL; add back only what it needs; "
                  + allowOr("capabilities-not-dropped"))),
          problems(cluster.build(), "capabilities-not-dropped"));
    }

    @Test
    void aDangerousCapabilityAdded() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .sidecar("log", c -> c.image("fluent/fluent-bit:3.1")
              .securityContext(SecurityContext.restricted(1000).addCapabilities("SYS_ADMIN", "NET_BIND_SERVICE")));
      assertEquals(List.of(w("namespace web › app site › container log", "container log adds SYS_ADMIN, enough to"
              + " take over its node", "dangerous-capability",
              "add a narrower capability (NET_BIND_SERVICE to bind a low port), " + allowOr("dangerous-capability"))),
          problems(cluster.build(), "dangerous-capability"));
    }

    @Test
    void aSecretWrittenIntoAnEnvValue() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .env("API_TOKEN", "s3cr3t")
          .env("DB_PASSWORD_FILE", "/run/secrets/db")
          .env("SESSION_SECRET", "$(FROM_DOWNWARD_API)")
          .env("LOG_LEVEL", "debug");
      assertEquals(List.of(w("namespace web › app site › container site › env API_TOKEN", "env API_TOKEN looks like a"
              + " secret and its value is written in the manifest, so it lands in the reviewed tree", "env-secret-value",
              ".env(\"API_TOKEN\", secret.key(\"..\")) on a Secret whose entry is a SecretValue, "
                  + allowOr("env-secret-value"))),
          problems(cluster.build(), "env-secret-value"));
    }

    @Test
    void anEnvVarSetTwiceThroughCustomize() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").env("LOG_LEVEL", "info").env("LOG_LEVEL", "debug")
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer()
              .addNewEnv().withName("LOG_LEVEL").withValue("warn").endEnv()
              .endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of(w("namespace web › app site › container site › env LOG_LEVEL", "container site sets env"
              + " LOG_LEVEL 2 times: only one value takes effect, and server-side apply rejects the list",
              "duplicate-env-var", "keep one; env(..) replaces a variable of the same name, so look at customize(..)"
                  + " and added objects, " + allowOr("duplicate-env-var"))),
          problems(cluster.build(), "duplicate-env-var"));
    }

    @Test
    void envSetTwiceThroughTheDslIsReplacedNotDuplicated() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").env("LOG_LEVEL", "info").env("LOG_LEVEL", "debug");
      assertEquals(List.of(), problems(cluster.build(), "duplicate-env-var"));
    }
  }

  @Nested
  class Host {

    /** A node agent that shares the node's namespaces and mounts its runtime socket and /etc. */
    private Cluster agent() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").daemonApp("agent").image("datadog/agent:7.55.0")
          .customize(d -> d.editSpec().editTemplate().editSpec().withHostPID(true).withHostIPC(true)
              .editFirstContainer().addNewPort().withName("statsd").withContainerPort(8125).withHostPort(8125).endPort()
              .endContainer().endSpec().endTemplate().endSpec())
          .mount("/var/run/docker.sock", HostPath.socket("docker-sock", "/var/run/docker.sock"))
          .mount("/host/etc", HostPath.directory("etc", "/etc/"))
          .mount("/host/logs", HostPath.directory("logs", "/var/log/pods"));
      return cluster.build();
    }

    @Test
    void theNodesProcessNamespace() {
      assertEquals(List.of(w("namespace web › daemonApp agent", "DaemonSet 'agent' shares its node's process namespace"
              + " (hostPID): it sees and can signal every process of the node", "host-pid",
              "leave hostPID off, " + allowOr("host-pid"))),
          problems(agent(), "host-pid"));
    }

    @Test
    void theNodesIpcNamespace() {
      assertEquals(List.of(w("namespace web › daemonApp agent", "DaemonSet 'agent' shares its node's IPC namespace"
              + " (hostIPC): it can read the shared memory of every process of the node", "host-ipc",
              "leave hostIPC off, " + allowOr("host-ipc"))),
          problems(agent(), "host-ipc"));
    }

    @Test
    void aPortOfTheNode() {
      assertEquals(List.of(w("namespace web › daemonApp agent › container agent", "container agent takes port 8125 of"
              + " its node (hostPort): two of its pods cannot run on one node, and the port bypasses the Service and"
              + " its network policies", "host-port", "expose the port through a Service, " + allowOr("host-port"))),
          problems(agent(), "host-port"));
    }

    @Test
    void theRuntimeSocket() {
      assertEquals(List.of(w("namespace web › daemonApp agent › volume docker-sock", "volume docker-sock mounts the"
              + " container runtime's socket /var/run/docker.sock: whoever holds it starts containers as root on the"
              + " node", "docker-socket",
              "build images without the socket (kaniko, buildkit rootless), " + allowOr("docker-socket"))),
          problems(agent(), "docker-socket"));
    }

    @Test
    void aSystemDirectoryButNotALogDirectory() {
      assertEquals(List.of(w("namespace web › daemonApp agent › volume etc", "volume etc mounts /etc/, a system"
              + " directory of the node: writing there changes the node, reading it can reveal its keys",
              "sensitive-host-path",
              "mount only the file or subdirectory the pod needs, read-only, " + allowOr("sensitive-host-path"))),
          problems(agent(), "sensitive-host-path"));
    }

    @Test
    void aHostPortInTheNodesNetworkIsHostNetworksProblem() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ingress").daemonApp("nginx").image("nginx:1.27.3").hostNetwork()
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer()
              .addNewPort().withName("http").withContainerPort(80).withHostPort(80).endPort()
              .endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of(), problems(cluster.build(), "host-port"));
    }
  }

  @Nested
  class Kernel {

    @Test
    void anUnsafeSysctlButNotASafeOne() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3")
          .customize(d -> d.editSpec().editTemplate().editSpec().editOrNewSecurityContext()
              .addNewSysctl().withName("net.ipv4.tcp_syncookies").withValue("1").endSysctl()
              .addNewSysctl().withName("net.core.somaxconn").withValue("4096").endSysctl()
              .endSecurityContext().endSpec().endTemplate().endSpec());
      assertEquals(List.of(w("namespace web › app site › sysctl net.core.somaxconn", "Deployment 'site' sets sysctl"
              + " net.core.somaxconn, which Kubernetes does not count as safe: it can change the whole node, and the"
              + " kubelet refuses it unless allowed", "unsafe-sysctl",
              "set it on the node (HostProfile sysctl), " + allowOr("unsafe-sysctl"))),
          problems(cluster.build(), "unsafe-sysctl"));
    }

    @Test
    void anUnmaskedProc() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ci").app("builder").image("moby/buildkit:v0.15.2-rootless")
          .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer().editOrNewSecurityContext()
              .withProcMount("Unmasked").endSecurityContext().endContainer().endSpec().endTemplate().endSpec());
      assertEquals(List.of(w("namespace ci › app builder › container builder", "container builder mounts /proc"
              + " unmasked (procMount: Unmasked): it sees the node's kernel settings that the runtime hides",
              "unsafe-proc-mount", "leave procMount at Default, " + allowOr("unsafe-proc-mount"))),
          problems(cluster.build(), "unsafe-proc-mount"));
    }

    @Test
    void aNodeVolumeMountedWritableButNotOneMountedReadOnly() {
      var cluster = Cluster.named("prod");
      cluster.namespace("logging").daemonApp("shipper").image("fluent/fluent-bit:3.1")
          .mount("/var/lib/shipper", HostPath.directory("state", "/var/lib/shipper"))
          .mountReadOnly("/var/log/pods", HostPath.directory("pods", "/var/log/pods"));
      assertEquals(List.of(w("namespace logging › daemonApp shipper › container shipper › mount /var/lib/shipper",
              "container shipper mounts volume state of the node writable at /var/lib/shipper: it can change the"
                  + " node's files", "writable-host-mount",
              ".mountReadOnly(\"/var/lib/shipper\", ..), " + allowOr("writable-host-mount"))),
          problems(cluster.build(), "writable-host-mount"));
    }

    @Test
    void aPrivilegedPortAndAnSshPort() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").port("http", 80).port("ssh", 22).port("alt", 8080);
      var built = cluster.build();
      assertEquals(List.of(w("namespace web › app site › container site", "container site listens on port 80, below"
              + " 1024: it must run as root or with NET_BIND_SERVICE", "privileged-port",
              "listen on a port above 1023 and map it in the Service, " + allowOr("privileged-port"))),
          problems(built, "privileged-port"));
      assertEquals(List.of(w("namespace web › app site › container site", "container site declares port 22: an SSH"
              + " server in a container is a way in that bypasses the cluster's access control", "ssh-port",
              "use kubectl exec or an ephemeral debug container, " + allowOr("ssh-port"))),
          problems(built, "ssh-port"));
    }
  }

  @Nested
  class Availability {

    @Test
    void oneReplicaWithoutDisruptionBudget() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3");
      assertEquals(List.of(w("namespace web › app site", "Deployment 'site' runs 1 replica and no PodDisruptionBudget"
              + " covers it: draining its node stops it until the replacement is ready", "no-disruption-budget",
              ".replicas(2).disruptionBudget(DisruptionBudget.maxUnavailable(PodCount.of(1))), "
                  + allowOr("no-disruption-budget"))),
          problems(cluster.build(), "no-disruption-budget"));
    }

    @Test
    void replicasWithoutDisruptionBudget() {
      var cluster = Cluster.named("prod");
      cluster.namespace("data").statefulApp("db").image("postgres:16.4").replicas(3);
      assertEquals(List.of(w("namespace data › statefulApp db", "StatefulSet 'db' runs 3 replicas and no"
              + " PodDisruptionBudget covers them: a drain may evict them all at once", "no-disruption-budget",
              ".disruptionBudget(DisruptionBudget.maxUnavailable(PodCount.of(1))), " + allowOr("no-disruption-budget"))),
          problems(cluster.build(), "no-disruption-budget"));
    }

    @Test
    void aBudgetAsHighAsTheReplicas() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").replicas(2)
          .disruptionBudget(DisruptionBudget.minAvailable(PodCount.of(2)));
      assertEquals(List.of(w("namespace web › app site › poddisruptionbudget site", "PodDisruptionBudget 'site' lets"
              + " no pod be evicted"
              + " (minAvailable: 2 of the 2 replicas of Deployment 'site'): every drain of their nodes waits forever",
              "disruption-budget-blocks-eviction", "DisruptionBudget.maxUnavailable(PodCount.of(1)) with at least 2"
                  + " replicas, " + allowOr("disruption-budget-blocks-eviction"))),
          problems(cluster.build(), "disruption-budget-blocks-eviction"));
    }

    @Test
    void aBudgetAddedAsIsThatAllowsNoUnavailablePod() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3").replicas(3);
      var spec = new PodDisruptionBudgetSpec();
      spec.setMaxUnavailable(new IntOrString("0%"));
      var selector = new LabelSelector();
      selector.setMatchLabels(new TreeMap<>(Map.of("app.kubernetes.io/name", "site")));
      spec.setSelector(selector);
      var budget = new PodDisruptionBudget();
      var metadata = new ObjectMeta();
      metadata.setName("site");
      budget.setMetadata(metadata);
      budget.setSpec(spec);
      web.add(budget);
      var built = cluster.build();
      assertEquals(List.of(w("namespace web › poddisruptionbudget site", "PodDisruptionBudget 'site' lets no pod be"
              + " evicted (maxUnavailable: 0%): every drain of their nodes waits forever",
              "disruption-budget-blocks-eviction", "DisruptionBudget.maxUnavailable(PodCount.of(1)) with at least 2"
                  + " replicas, " + allowOr("disruption-budget-blocks-eviction"))),
          problems(built, "disruption-budget-blocks-eviction"));
      assertEquals(List.of(), problems(built, "no-disruption-budget"));
    }

    @Test
    void aJobWithoutTtlStaysAfterItFinished() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ops").batchJob("migrate").image("flyway/flyway:10.20");
      cluster.namespace("ops").batchJob("cleaned").image("flyway/flyway:10.20").ttlAfterFinished(Duration.ofHours(1));
      assertEquals(List.of(w("namespace ops › job migrate", "Job 'migrate' sets no ttlSecondsAfterFinished: once"
              + " finished, it and its pods stay until someone deletes them", "job-without-ttl",
              ".ttlAfterFinished(Duration.ofHours(1)), " + allowOr("job-without-ttl"))),
          problems(cluster.build(), "job-without-ttl"));
    }

    @Test
    void aScheduledJobWithTtlOutrunsItsHistoryLimits() {
      var cluster = Cluster.named("prod");
      cluster.namespace("ops").scheduledJob("backup", "0 3 * * *").image("restic/restic:0.17.3")
          .ttlAfterFinished(Duration.ofMinutes(10));
      cluster.namespace("ops").scheduledJob("report", "0 4 * * *").image("restic/restic:0.17.3");
      assertEquals(List.of(w("namespace ops › cronJob backup", "CronJob 'backup' sets ttlSecondsAfterFinished on"
              + " its jobs, which deletes them before its successfulJobsHistoryLimit and failedJobsHistoryLimit can"
              + " keep them", "job-without-ttl", "leave ttlAfterFinished(..) unset on a scheduled job; the CronJob's"
              + " history limits clean up, " + allowOr("job-without-ttl"))),
          problems(cluster.build(), "job-without-ttl"));
    }

    @Test
    void aBudgetThatKeepsEveryPod() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").replicas(3)
          .disruptionBudget(DisruptionBudget.minAvailable(PodCount.percent(100)));
      assertEquals(List.of(w("namespace web › app site › poddisruptionbudget site", "PodDisruptionBudget 'site' lets"
              + " no pod be evicted"
              + " (minAvailable: 100%): every drain of their nodes waits forever", "disruption-budget-blocks-eviction",
              "DisruptionBudget.maxUnavailable(PodCount.of(1)) with at least 2 replicas, "
                  + allowOr("disruption-budget-blocks-eviction"))),
          problems(cluster.build(), "disruption-budget-blocks-eviction"));
    }

    @Test
    void replicasThatMayShareANode() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").replicas(2);
      assertEquals(List.of(w("namespace web › app site", "Deployment 'site' runs 2 replicas without pod anti-affinity"
              + " or topology spread: they may all land on one node", "no-anti-affinity",
              ".onePodPer(TopologyKey.HOSTNAME), " + allowOr("no-anti-affinity"))),
          problems(cluster.build(), "no-anti-affinity"));
    }
  }

  @Nested
  class Network {

    @Test
    void aNamespaceWithoutNetworkPolicy() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      var site = web.app("site").image("nginx:1.27.3");
      web.app("api").image("nginx:1.27.3");
      web.daemonApp("proxy").image("nginx:1.27.3").hostNetwork();
      web.networkPolicy("site").appliesTo(site.ref()).denyIngress();
      assertEquals(List.of(w("namespace web", "no NetworkPolicy selects Deployment 'api': every pod of the cluster can"
              + " reach them", "no-network-policy", "ns.networkPolicy(\"default-deny\").denyIngress(), then allow what"
              + " each app needs, " + allowOr("no-network-policy"))),
          problems(cluster.build(), "no-network-policy"));
    }

    @Test
    void aServiceTargetingAPortNameNoContainerDeclares() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3").port("http", 8080);
      web.add(service("site-admin", new IntOrString("admin")));
      assertEquals(List.of("ERROR cluster prod › namespace web › service site-admin › port web: Service 'site-admin'"
              + " targets port 'admin', which no container of Deployment 'site' declares (site: http 8080)"
              + " [service-target-port-undeclared]\n"
              + "  hint: name a declared port, or declare it with .port(\"admin\", <number>)"),
          problems(cluster.build(), "service-target-port-undeclared"));
    }

    @Test
    void aServiceTargetingAPortNumberNoContainerDeclares() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      web.app("site").image("nginx:1.27.3").port("http", 8080);
      web.add(service("site-metrics", new IntOrString(9090)));
      web.add(service("site-direct", new IntOrString(8080)));
      assertEquals(List.of(w("namespace web › service site-metrics › port web", "Service 'site-metrics' targets port"
              + " 9090, which no container of Deployment 'site' declares (site: http 8080)",
              "service-target-port-undeclared", "declare it with .port(\"<name>\", 9090) and target it by name, "
                  + allowOr("service-target-port-undeclared"))),
          problems(cluster.build(), "service-target-port-undeclared"));
    }
  }

  @Nested
  class Access {

    @Test
    void aWildcardRule() {
      var cluster = Cluster.named("prod");
      cluster.clusterRole("everything").rule(Rule.allow(Verb.GET).on(Rule.CORE, "pods"))
          .rule(Rule.allow(Verb.ALL).on(Rule.CORE, "*"));
      assertEquals(List.of(w("clusterRole everything › rule 1", "ClusterRole 'everything' grants '*' in its verbs and"
              + " resources: it grants every one, including those later releases add", "rbac-wildcard",
              "name the verbs and resources, such as Rule.allow(Verb.GET, Verb.LIST).on(Rule.CORE, \"pods\"), "
                  + allowOr("rbac-wildcard"))),
          problems(cluster.build(), "rbac-wildcard"));
    }

    @Test
    void aClusterAdminBinding() {
      var cluster = Cluster.named("prod");
      cluster.clusterRoleBinding("ops-admin", ClusterRoleRef.CLUSTER_ADMIN).user("ops");
      cluster.clusterRoleBinding("ops-view", ClusterRoleRef.VIEW).user("ops");
      assertEquals(List.of(w("clusterRoleBinding ops-admin", "ClusterRoleBinding 'ops-admin' binds cluster-admin: its"
              + " subjects may do anything to every object of the cluster", "cluster-admin-binding",
              "bind a role with only the rules the subjects need, " + allowOr("cluster-admin-binding"))),
          problems(cluster.build(), "cluster-admin-binding"));
    }

    @Test
    void theDefaultServiceAccount() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3");
      assertEquals(List.of(w("namespace web › app site", "Deployment 'site' runs as the default service account of"
              + " namespace web: what is granted to it is granted to every pod there", "default-service-account",
              "give it its own: .serviceAccount(ns.serviceAccount(\"site\").ref()), " + allowOr("default-service-account"))),
          problems(cluster.build(), "default-service-account"));
    }

    @Test
    void anAutomountedToken() {
      var cluster = Cluster.named("prod");
      var web = cluster.namespace("web");
      var account = web.serviceAccount("site");
      web.app("site").image("nginx:1.27.3").serviceAccount(account.ref());
      assertEquals(List.of(w("namespace web › app site", "Deployment 'site' gets an API token of service account site"
              + " in every container: neither the pod nor the account sets automountServiceAccountToken: false",
              "automounted-token", "ns.serviceAccount(\"site\").noTokenAutomount() when the pods do not call the API, "
                  + allowOr("automounted-token"))),
          problems(cluster.build(), "automounted-token"));
    }
  }

  @Nested
  class ApiVersions {

    /** A CronJob added as is, written in {@code batch/v1beta1}, in a cluster of {@code version}. */
    private Cluster cronJobIn(String version) {
      var cluster = Cluster.named("prod");
      if (version != null) {
        cluster.kubernetesVersion(version);
      }
      var job = new io.fabric8.kubernetes.api.model.batch.v1.CronJob();
      job.setApiVersion("batch/v1beta1");
      var metadata = new ObjectMeta();
      metadata.setName("backup");
      job.setMetadata(metadata);
      cluster.namespace("data").add(job);
      return cluster.build();
    }

    @Test
    void removedForTheClustersVersion() {
      assertEquals(List.of("ERROR cluster prod › namespace data › cronjob backup: CronJob 'backup' is written in"
              + " batch/v1beta1, which Kubernetes 1.25 removed: the API server of this 1.31 cluster rejects it"
              + " [removed-api-version]\n  hint: write it as batch/v1"),
          problems(cronJobIn("1.31"), "removed-api-version"));
    }

    @Test
    void deprecatedForTheClustersVersion() {
      var built = cronJobIn("1.22");
      assertEquals(List.of(), problems(built, "removed-api-version"));
      assertEquals(List.of(w("namespace data › cronjob backup", "CronJob 'backup' is written in batch/v1beta1,"
              + " deprecated since Kubernetes 1.21 and removed in 1.25", "deprecated-api-version",
              "write it as batch/v1 before upgrading to 1.25, " + allowOr("deprecated-api-version"))),
          problems(built, "deprecated-api-version"));
    }

    @Test
    void deprecatedWithoutAClusterVersion() {
      assertEquals(List.of(w("namespace data › cronjob backup", "CronJob 'backup' is written in batch/v1beta1,"
              + " deprecated since Kubernetes 1.21 and removed in 1.25 (the cluster sets no kubernetesVersion)",
              "deprecated-api-version", "write it as batch/v1 before upgrading to 1.25, "
                  + allowOr("deprecated-api-version"))),
          problems(cronJobIn(null), "deprecated-api-version"));
    }

    @Test
    void currentBeforeItsDeprecation() {
      var built = cronJobIn("1.20");
      assertEquals(List.of(), problems(built, "deprecated-api-version"));
      assertEquals(List.of(), problems(built, "removed-api-version"));
    }
  }

  @Nested
  class Profiles {

    private Cluster writableRoot() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.restricted(101));
      return cluster.build();
    }

    private static final String WRITABLE = "cluster prod › namespace web › app site › container site: container site"
        + " can write to its root file system: an intruder can change its binaries and fill the node's disk"
        + " [no-readonly-root-fs]\n  hint: .securityContext(SecurityContext.restricted(1000).readOnlyRoot()) and"
        + " mount an EmptyDir where it writes, or allow(\"no-readonly-root-fs\", reason)";

    @Test
    void strictMakesEveryPolicyCheckAnError() {
      assertEquals(List.of("ERROR " + WRITABLE), problems(writableRoot(), "no-readonly-root-fs", Policy.profile("strict")));
      for (String id : Policy.policyIds()) {
        assertEquals(Policy.Level.ERROR, Policy.level("strict", id), id);
      }
    }

    @Test
    void relaxedTurnsOperationalAdviceOff() {
      assertEquals(List.of(), problems(writableRoot(), "no-readonly-root-fs", Policy.profile("relaxed")));
      assertEquals(Policy.Level.WARNING, Policy.level("relaxed", "privileged-container"));
    }

    @Test
    void aCheckLevelReplacesTheProfiles() {
      var policy = Policy.profile("relaxed").checks(Map.of("no-readonly-root-fs", "Error"));
      assertEquals(List.of("ERROR " + WRITABLE), problems(writableRoot(), "no-readonly-root-fs", policy));
      assertEquals(List.of(), problems(writableRoot(), "no-readonly-root-fs",
          Policy.profile("strict").check("no-readonly-root-fs", "off")));
    }

    @Test
    void anAllowanceAcceptsAProblemWhateverItsLevel() {
      var cluster = Cluster.named("prod");
      cluster.namespace("web").app("site").image("nginx:1.27.3").securityContext(SecurityContext.restricted(101))
          .allow("no-readonly-root-fs", "nginx writes its pid file; the image is scanned");
      assertEquals(List.of(), problems(cluster.build(), "no-readonly-root-fs", Policy.profile("strict")));
    }

    @Test
    void anErrorLevelStopsGeneration() {
      var cluster = writableRoot();
      var errors = Checks.run(cluster, Policy.defaults().check("no-readonly-root-fs", "error")).stream()
          .filter(Problem::isError).map(Problem::checkId).toList();
      assertEquals(List.of("no-readonly-root-fs"), errors);
    }

    @Test
    void anUnknownProfile() {
      var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Policy.profile("paranoid"));
      assertEquals("unknown policy profile 'paranoid' (strict, default or relaxed)", e.getMessage());
    }

    @Test
    void anUnknownLevel() {
      var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Policy.defaults().check("no-liveness-probe", "fatal"));
      assertEquals("policy check no-liveness-probe: unknown level 'fatal' (error, warning or off)", e.getMessage());
    }

    @Test
    void aCheckThatIsNotAPolicyCheck() {
      var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Policy.defaults().check("dangling-backend", "warning"));
      assertEquals("'dangling-backend' is not a policy check, so it has no level to set (policy checks: "
          + String.join(", ", Policy.policyIds()) + ")", e.getMessage());
    }

    @Test
    void everyPolicyCheckIsAKnownCheckAndCanBeAllowed() {
      var known = Checks.knownIds();
      for (String id : Policy.policyIds()) {
        assertEquals(true, known.contains(id), id);
      }
      assertEquals(true, known.contains("removed-api-version"));
      assertEquals(true, known.contains("service-target-port-undeclared"));
    }
  }
}
