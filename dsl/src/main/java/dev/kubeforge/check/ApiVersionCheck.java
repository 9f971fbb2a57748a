package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects written in an API version that the cluster's Kubernetes version no longer serves (an error,
 * {@code removed-api-version}: the API server rejects them) or that is deprecated and will be removed
 * (a warning, {@code deprecated-api-version}). Without a {@code kubernetesVersion} every version listed
 * here is reported as deprecated, since current releases have removed them all. The table follows the
 * Kubernetes deprecated API migration guide.
 */
final class ApiVersionCheck implements Check {

  static final String DEPRECATED = "deprecated-api-version";

  /** An API version of some kinds ({@code *}: all), deprecated and removed in those minor releases of 1.x. */
  private record Retired(String apiVersion, List<String> kinds, int deprecated, int removed, String replacement) {
    boolean matches(String version, String kind) {
      return apiVersion.equals(version) && (kinds.contains("*") || kinds.contains(kind));
    }
  }

  private static final List<Retired> RETIRED = List.of(
      new Retired("extensions/v1beta1", List.of("Ingress"), 14, 22, "networking.k8s.io/v1"),
      new Retired("extensions/v1beta1", List.of("Deployment", "DaemonSet", "ReplicaSet"), 9, 16, "apps/v1"),
      new Retired("extensions/v1beta1", List.of("NetworkPolicy"), 9, 16, "networking.k8s.io/v1"),
      new Retired("extensions/v1beta1", List.of("PodSecurityPolicy"), 10, 16, "Pod Security admission"),
      new Retired("apps/v1beta1", List.of("*"), 9, 16, "apps/v1"),
      new Retired("apps/v1beta2", List.of("*"), 9, 16, "apps/v1"),
      new Retired("networking.k8s.io/v1beta1", List.of("Ingress", "IngressClass"), 19, 22, "networking.k8s.io/v1"),
      new Retired("rbac.authorization.k8s.io/v1beta1", List.of("*"), 17, 22, "rbac.authorization.k8s.io/v1"),
      new Retired("apiextensions.k8s.io/v1beta1", List.of("*"), 16, 22, "apiextensions.k8s.io/v1"),
      new Retired("admissionregistration.k8s.io/v1beta1", List.of("*"), 16, 22, "admissionregistration.k8s.io/v1"),
      new Retired("scheduling.k8s.io/v1beta1", List.of("*"), 14, 22, "scheduling.k8s.io/v1"),
      new Retired("certificates.k8s.io/v1beta1", List.of("*"), 19, 22, "certificates.k8s.io/v1"),
      new Retired("coordination.k8s.io/v1beta1", List.of("*"), 19, 22, "coordination.k8s.io/v1"),
      new Retired("storage.k8s.io/v1beta1", List.of("CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"),
          19, 22, "storage.k8s.io/v1"),
      new Retired("storage.k8s.io/v1beta1", List.of("CSIStorageCapacity"), 24, 27, "storage.k8s.io/v1"),
      new Retired("batch/v1beta1", List.of("CronJob"), 21, 25, "batch/v1"),
      new Retired("policy/v1beta1", List.of("PodDisruptionBudget"), 21, 25, "policy/v1"),
      new Retired("policy/v1beta1", List.of("PodSecurityPolicy"), 21, 25, "Pod Security admission"),
      new Retired("discovery.k8s.io/v1beta1", List.of("*"), 21, 25, "discovery.k8s.io/v1"),
      new Retired("events.k8s.io/v1beta1", List.of("*"), 19, 25, "events.k8s.io/v1"),
      new Retired("node.k8s.io/v1beta1", List.of("*"), 20, 25, "node.k8s.io/v1"),
      new Retired("autoscaling/v2beta1", List.of("*"), 22, 25, "autoscaling/v2"),
      new Retired("autoscaling/v2beta2", List.of("*"), 23, 26, "autoscaling/v2"),
      new Retired("flowcontrol.apiserver.k8s.io/v1beta1", List.of("*"), 23, 26, "flowcontrol.apiserver.k8s.io/v1"),
      new Retired("flowcontrol.apiserver.k8s.io/v1beta2", List.of("*"), 26, 29, "flowcontrol.apiserver.k8s.io/v1"),
      new Retired("flowcontrol.apiserver.k8s.io/v1beta3", List.of("*"), 29, 32, "flowcontrol.apiserver.k8s.io/v1"));

  @Override
  public String id() {
    return "removed-api-version";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var version = cluster.kubernetesVersion();
    for (KubeObject object : cluster.objects()) {
      var apiVersion = object.readOnlyResource().getApiVersion();
      for (Retired retired : RETIRED) {
        if (!retired.matches(apiVersion, object.kind())) {
          continue;
        }
        var what = object.kind() + " '" + object.name() + "' is written in " + apiVersion;
        var hint = "write it as " + retired.replacement();
        if (version.isPresent() && version.get().minor() >= retired.removed()) {
          problems.add(Problem.error(id(), object.path(), what + ", which Kubernetes 1." + retired.removed()
                  + " removed: the API server of this 1." + version.get().minor() + " cluster rejects it")
              .hint(hint));
        } else if (version.isEmpty() || version.get().minor() >= retired.deprecated()) {
          problems.add(Problem.warning(DEPRECATED, object.path(), what + ", deprecated since Kubernetes 1."
                  + retired.deprecated() + " and removed in 1." + retired.removed()
                  + (version.isEmpty() ? " (the cluster sets no kubernetesVersion)" : ""))
              .hint(hint + " before upgrading to 1." + retired.removed() + ", or allow(\"" + DEPRECATED
                  + "\", reason)"));
        }
        break;
      }
    }
    return problems;
  }
}
