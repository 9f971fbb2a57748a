package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings the golden cases leave at their defaults, read back from the expanded fabric8 objects. */
class WorkloadExpansionTest {

  private final Cluster.Builder cluster = Cluster.named("prod");
  private final Namespace.Builder web = cluster.namespace("web");

  private <T extends HasMetadata> T object(Cluster built, Class<T> type, String name) {
    for (KubeObject object : built.objects()) {
      if (type.isInstance(object.resource()) && object.name().equals(name)) {
        return type.cast(object.resource());
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " " + name + " in " + built.objects());
  }

  @Test
  void recreateAndOnDeleteStrategies() {
    web.app("site").image("nginx:1.27.3").rollingUpdate(PodCount.of(2), PodCount.of(0)).recreate();
    web.statefulApp("db").image("postgres:16.4").onDelete();
    web.daemonApp("agent").image("agent:1.0").onDelete();
    var built = cluster.build();
    var strategy = object(built, Deployment.class, "site").getSpec().getStrategy();
    assertEquals("Recreate", strategy.getType());
    assertNull(strategy.getRollingUpdate());
    assertEquals("OnDelete", object(built, StatefulSet.class, "db").getSpec().getUpdateStrategy().getType());
    assertEquals("OnDelete", object(built, DaemonSet.class, "agent").getSpec().getUpdateStrategy().getType());
  }

  @Test
  void jobDefaultsAreWrittenOut() {
    web.batchJob("migrate").image("flyway/flyway:10.17");
    web.scheduledJob("report", "*/15 * * * *").image("report:1.0").suspend();
    var built = cluster.build();
    var job = object(built, Job.class, "migrate").getSpec();
    assertEquals(List.of(1, 1, 6, "Never"), List.of(job.getCompletions(), job.getParallelism(), job.getBackoffLimit(),
        job.getTemplate().getSpec().getRestartPolicy()));
    var cron = object(built, CronJob.class, "report").getSpec();
    assertEquals(List.of(true, "Allow", 3, 1), List.of(cron.getSuspend(), cron.getConcurrencyPolicy(),
        cron.getSuccessfulJobsHistoryLimit(), cron.getFailedJobsHistoryLimit()));
    assertNull(cron.getTimeZone());
  }

  @Test
  void everyWorkloadCustomizesItsOwnObject() {
    web.app("site").image("nginx:1.27.3").customize(d -> d.editMetadata().addToAnnotations("by", "app").endMetadata());
    web.statefulApp("db").image("postgres:16.4")
        .customize(s -> s.editMetadata().addToAnnotations("by", "statefulApp").endMetadata());
    web.daemonApp("agent").image("agent:1.0")
        .customize(d -> d.editMetadata().addToAnnotations("by", "daemonApp").endMetadata());
    web.batchJob("migrate").image("flyway/flyway:10.17")
        .customize(j -> j.editMetadata().addToAnnotations("by", "batchJob").endMetadata());
    web.scheduledJob("report", "@daily").image("report:1.0")
        .customize(c -> c.editMetadata().addToAnnotations("by", "scheduledJob").endMetadata());
    web.staticPod("probe").image("probe:1.0")
        .customize(p -> p.editMetadata().addToAnnotations("by", "staticPod").endMetadata());
    var built = cluster.build();
    assertEquals(List.of("app", "statefulApp", "daemonApp", "batchJob", "scheduledJob"), List.of(
        object(built, Deployment.class, "site").getMetadata().getAnnotations().get("by"),
        object(built, StatefulSet.class, "db").getMetadata().getAnnotations().get("by"),
        object(built, DaemonSet.class, "agent").getMetadata().getAnnotations().get("by"),
        object(built, Job.class, "migrate").getMetadata().getAnnotations().get("by"),
        object(built, CronJob.class, "report").getMetadata().getAnnotations().get("by")));
    var pod = (Pod) built.namespaces().get(0).staticPods().get(0).resource();
    assertEquals("staticPod", pod.getMetadata().getAnnotations().get("by"));
  }

  @Test
  void containerDetails() {
    var template = web.configMap("nginx-template").entry("nginx.tmpl", "events {}\n");
    web.app("site").image("nginx:1.27.3")
        .imagePullPolicy(PullPolicy.ALWAYS)
        .workingDir("/srv")
        .port("grpc", 9000)
        .startup(Probe.grpc(9000, "health.v1"))
        .liveness(Probe.https("/live", 8443).timeout(java.time.Duration.ofSeconds(3)))
        .mountSubPath("/etc/nginx/nginx.conf", template.ref(), "nginx.tmpl")
        .mount("/dev/shm", EmptyDir.named("shm").inMemory().sizeLimit(Size.mib(64)))
        .podAnnotation("prometheus.io/port", "9000");
    var pod = object(cluster.build(), Deployment.class, "site").getSpec().getTemplate();
    var container = pod.getSpec().getContainers().get(0);
    assertEquals("Always", container.getImagePullPolicy());
    assertEquals("/srv", container.getWorkingDir());
    assertEquals("health.v1", container.getStartupProbe().getGrpc().getService());
    assertEquals(9000, container.getStartupProbe().getGrpc().getPort());
    assertEquals("HTTPS", container.getLivenessProbe().getHttpGet().getScheme());
    assertEquals(3, container.getLivenessProbe().getTimeoutSeconds());
    var subPath = container.getVolumeMounts().get(0);
    assertEquals(List.of("nginx-template", "nginx.tmpl", true), List.of(subPath.getName(), subPath.getSubPath(),
        subPath.getReadOnly()));
    var shm = pod.getSpec().getVolumes().get(1).getEmptyDir();
    assertEquals(List.of("Memory", "64Mi"), List.of(shm.getMedium(), shm.getSizeLimit().toString()));
    assertEquals(Map.of("prometheus.io/port", "9000"), pod.getMetadata().getAnnotations());
  }

  @Test
  void aVolumeMountedByTwoContainersIsOneVolume() {
    var logs = EmptyDir.named("logs");
    web.app("site").image("nginx:1.27.3").mount("/var/log/nginx", logs)
        .sidecar("shipper", c -> c.image("fluent/fluent-bit:3.1.7").mountReadOnly("/logs", logs));
    var spec = object(cluster.build(), Deployment.class, "site").getSpec().getTemplate().getSpec();
    assertEquals(1, spec.getVolumes().size());
    assertEquals(List.of("site", "shipper"), spec.getContainers().stream().map(c -> c.getName()).toList());
  }

  @Test
  void staticPodsStayOutOfTheAppliedObjects() {
    cluster.namespace("kube-system").staticPod("haproxy").image("haproxy:3.0.3").hostNetwork();
    var built = cluster.build();
    assertEquals(List.of("Namespace", "Namespace"), built.objects().stream().map(KubeObject::kind).toList());
    var pod = (Pod) built.namespaces().get(1).staticPods().get(0).resource();
    assertEquals(List.of("haproxy", "kube-system", true), List.of(pod.getMetadata().getName(),
        pod.getMetadata().getNamespace(), pod.getSpec().getHostNetwork()));
  }

  @Test
  void aClusterRoleBindingOfAServiceAccountAndAServiceAccountWithoutToken() {
    var bot = web.serviceAccount("bot").noTokenAutomount();
    cluster.clusterRoleBinding("bot-view", ClusterRoleRef.VIEW).serviceAccount(bot.ref()).group("auditors");
    cluster.priorityClass("critical-apps", 100000).globalDefault();
    var built = cluster.build();
    var binding = object(built, io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding.class, "bot-view");
    assertEquals("view", binding.getRoleRef().getName());
    assertEquals(List.of("ServiceAccount bot web", "Group auditors null"), binding.getSubjects().stream()
        .map(s -> s.getKind() + " " + s.getName() + " " + s.getNamespace()).toList());
    assertEquals(false, object(built, io.fabric8.kubernetes.api.model.ServiceAccount.class, "bot")
        .getAutomountServiceAccountToken());
    var priority = object(built, io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass.class, "critical-apps");
    assertEquals(List.of(100000, true, "PreemptLowerPriority"), List.of(priority.getValue(), priority.getGlobalDefault(),
        priority.getPreemptionPolicy()));
  }
}
