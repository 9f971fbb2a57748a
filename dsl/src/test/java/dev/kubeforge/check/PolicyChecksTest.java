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
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.TopologyKey;
import dev.kubeforge.k8s.Verb;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import io.fabric8.kubernetes.api.model.LabelSelector;
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

  @Test
  void print() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    web.app("site").image("nginx:1.27.3").port("http", 8080).replicas(2)
        .sidecar("log", c -> c.image("fluent/fluent-bit:3.1").limits(Cpu.millis(100), Size.mib(64))
            .securityContext(SecurityContext.user(1000).addCapabilities("SYS_ADMIN", "NET_BIND_SERVICE")))
        .env("API_TOKEN", "s3cr3t")
        .liveness(Probe.http("/", "http")).readiness(Probe.http("/", "http"));
    web.daemonApp("agent").image("datadog/agent:7.55.0").customize(d -> d.editSpec().editTemplate().editSpec()
        .withHostPID(true).withHostIPC(true).endSpec().endTemplate().endSpec())
        .mount("/var/run/docker.sock", HostPath.socket("docker-sock", "/var/run/docker.sock"))
        .mount("/host/etc", HostPath.directory("etc", "/etc"))
        .customize(d -> d.editSpec().editTemplate().editSpec().editFirstContainer()
            .addNewPort().withName("statsd").withContainerPort(8125).withHostPort(8125).endPort()
            .endContainer().endSpec().endTemplate().endSpec());
    cluster.clusterRole("everything").rule(Rule.allow(Verb.ALL).on(Rule.CORE, "*"));
    cluster.clusterRoleBinding("ops-admin", ClusterRoleRef.CLUSTER_ADMIN).user("ops");
    for (Problem p : Checks.run(cluster.build())) {
      System.out.println("PRINT " + p.severity() + " " + p.toString().replace("\n", "\\n"));
    }
  }
}
