package dev.kubeforge.maven.importer;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites objects of API versions Kubernetes removed into their current version, reporting every change:
 * {@code extensions/v1beta1} and {@code apps/v1beta1|v1beta2} workloads to {@code apps/v1} (a selector added
 * from the template's labels where there was none), {@code extensions/v1beta1} and
 * {@code networking.k8s.io/v1beta1} Ingresses to {@code networking.k8s.io/v1} (backends and path types),
 * and the RBAC, PodDisruptionBudget, CronJob, NetworkPolicy, StorageClass, PriorityClass and
 * HorizontalPodAutoscaler versions whose shape did not change to their {@code v1} (or {@code v2}).
 */
final class ApiUpgrades {

  private static final Set<String> OLD_WORKLOADS = Set.of("extensions/v1beta1", "apps/v1beta1", "apps/v1beta2");
  private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "DaemonSet", "ReplicaSet", "StatefulSet");
  private static final Set<String> OLD_INGRESSES = Set.of("extensions/v1beta1", "networking.k8s.io/v1beta1");
  private static final Set<String> RBAC_KINDS = Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  /** Kinds whose old version has the current one's shape: kind -> (old version -> current version). */
  private static final Map<String, Map<String, String>> RENAMES = Map.of(
      "PodDisruptionBudget", Map.of("policy/v1beta1", "policy/v1"),
      "CronJob", Map.of("batch/v1beta1", "batch/v1", "batch/v2alpha1", "batch/v1"),
      "NetworkPolicy", Map.of("extensions/v1beta1", "networking.k8s.io/v1"),
      "StorageClass", Map.of("storage.k8s.io/v1beta1", "storage.k8s.io/v1"),
      "PriorityClass", Map.of("scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
          "scheduling.k8s.io/v1alpha1", "scheduling.k8s.io/v1"),
      "HorizontalPodAutoscaler", Map.of("autoscaling/v2beta2", "autoscaling/v2"));

  private ApiUpgrades() {}

  /** Upgrades {@code tree} (a copy of {@code source}'s) in place when its API version was removed. */
  static void upgrade(SourceDocument source, ObjectNode tree, ImportReport report) {
    var apiVersion = tree.path("apiVersion").asString("");
    var kind = tree.path("kind").asString("");
    String upgraded = null;
    if (OLD_WORKLOADS.contains(apiVersion) && WORKLOAD_KINDS.contains(kind)) {
      upgraded = "apps/v1";
      upgradeWorkload(source, tree, report);
    } else if (OLD_INGRESSES.contains(apiVersion) && kind.equals("Ingress")) {
      upgraded = "networking.k8s.io/v1";
      upgradeIngress(source, tree, report);
    } else if ((apiVersion.equals("rbac.authorization.k8s.io/v1beta1")
        || apiVersion.equals("rbac.authorization.k8s.io/v1alpha1")) && RBAC_KINDS.contains(kind)) {
      upgraded = "rbac.authorization.k8s.io/v1";
    } else if (RENAMES.containsKey(kind) && RENAMES.get(kind).containsKey(apiVersion)) {
      upgraded = RENAMES.get(kind).get(apiVersion);
    }
    if (upgraded != null) {
      tree.put("apiVersion", upgraded);
      report.add(ImportReport.Kind.UPGRADE, source, source.describe() + ": apiVersion " + apiVersion + " -> "
          + upgraded + " (" + apiVersion + " is removed from Kubernetes)");
    }
  }

  private static void upgradeWorkload(SourceDocument source, ObjectNode tree, ImportReport report) {
    if (!(tree.path("spec") instanceof ObjectNode spec)) {
      return;
    }
    for (String removed : new String[] {"rollbackTo", "templateGeneration"}) {
      if (spec.has(removed)) {
        spec.remove(removed);
        report.add(ImportReport.Kind.UPGRADE, source, source.describe() + ": spec." + removed
            + " dropped (apps/v1 has no such field)");
      }
    }
    var labels = spec.path("template").path("metadata").path("labels");
    if (!spec.has("selector") && labels.isObject() && !labels.isEmpty()) {
      spec.putObject("selector").set("matchLabels", labels.deepCopy());
      report.add(ImportReport.Kind.UPGRADE, source, source.describe()
          + ": spec.selector.matchLabels added from the pod template's labels " + labels
          + " (apps/v1 requires a selector; the old versions derived it)");
    }
  }

  private static void upgradeIngress(SourceDocument source, ObjectNode tree, ImportReport report) {
    if (!(tree.path("spec") instanceof ObjectNode spec)) {
      return;
    }
    if (spec.path("backend") instanceof ObjectNode backend) {
      spec.remove("backend");
      spec.set("defaultBackend", backend(backend));
      report.add(ImportReport.Kind.UPGRADE, source, source.describe() + ": spec.backend -> spec.defaultBackend"
          + " with service.name/port");
    }
    int rule = 0;
    for (JsonNode ruleNode : spec.path("rules")) {
      int index = 0;
      for (JsonNode pathNode : ruleNode.path("http").path("paths")) {
        if (pathNode instanceof ObjectNode path) {
          var where = source.describe() + ": rules[" + rule + "].http.paths[" + index + "]";
          if (path.path("backend") instanceof ObjectNode backend && backend.has("serviceName")) {
            path.set("backend", backend(backend));
            report.add(ImportReport.Kind.UPGRADE, source, where
                + ".backend serviceName/servicePort -> service.name/port");
          }
          if (!path.has("pathType")) {
            path.put("pathType", "ImplementationSpecific");
            report.add(ImportReport.Kind.UPGRADE, source, where + ".pathType set to ImplementationSpecific"
                + " (networking.k8s.io/v1 requires one; this one matches as the old versions did)");
          }
        }
        index++;
      }
      rule++;
    }
  }

  /** A {@code serviceName}/{@code servicePort} backend as {@code service: {name, port: {number|name}}}. */
  private static ObjectNode backend(ObjectNode old) {
    if (!old.has("serviceName")) {
      return old;
    }
    var backend = old.objectNode();
    var service = backend.putObject("service");
    service.set("name", old.path("serviceName"));
    var port = old.path("servicePort");
    if (port.isIntegralNumber()) {
      service.putObject("port").put("number", port.asInt());
    } else if (port.isString()) {
      service.putObject("port").put("name", port.asString());
    }
    return backend;
  }
}
