package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.output.FileTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a cluster's Kubernetes objects: one object per file at
 * {@code <cluster>/kubernetes/<namespace>/<kind>-<name>.yaml} (cluster-scoped objects under
 * {@code _cluster/}), and a {@code kustomization.yaml} that lists them in apply order. Static pods,
 * which the kubelet reads from its manifest directory instead, go to
 * {@code <cluster>/static-pods/<name>.yaml}.
 */
public final class KubernetesYamlRenderer implements Renderer {

  /** The folder of static pod manifests, beside {@code kubernetes/}. */
  public static final String STATIC_PODS = "static-pods";

  /** The folder of cluster-scoped objects, beside the namespaces' folders. */
  public static final String CLUSTER_SCOPED = "_cluster";

  /** Apply order by kind: what others depend on comes first; kinds not listed come last. */
  private static final List<String> APPLY_ORDER = List.of(
      "Namespace", "CustomResourceDefinition", "PriorityClass",
      "ServiceAccount", "ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding",
      "ResourceQuota", "LimitRange", "NetworkPolicy",
      "ConfigMap", "Secret",
      "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
      "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Job", "CronJob",
      "PodDisruptionBudget", "HorizontalPodAutoscaler",
      "Service", "IngressClass", "Ingress");

  /** Renders every Kubernetes object of the cluster into the reviewable tree. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    var header = Headers.yaml(context.source());
    var tree = context.files();
    renderObjects(header, cluster.name() + "/kubernetes/", cluster.objects(), tree);
    for (var namespace : cluster.namespaces()) {
      for (KubeObject pod : namespace.staticPods()) {
        var out = new StringBuilder(2048).append(header);
        YamlWriter.writeDocument(ObjectTree.of(pod.readOnlyResource()), out);
        tree.add(cluster.name() + "/" + STATIC_PODS + "/" + pod.name() + ".yaml", out.toString());
      }
    }
  }

  /**
   * Writes each object to {@code root/<namespace>/<kind>-<name>.yaml} with {@code header} on top, and a
   * {@code root/kustomization.yaml} listing them in apply order.
   */
  static void renderObjects(String header, String root, List<KubeObject> objects, FileTree.Builder tree) {
    var placed = new ArrayList<Placed>();
    for (KubeObject object : objects) {
      var folder = object.isNamespaced() ? object.namespace() : CLUSTER_SCOPED;
      var file = folder + "/" + object.kind().toLowerCase(Locale.ROOT) + "-" + object.name() + ".yaml";
      var out = new StringBuilder(2048).append(header);
      YamlWriter.writeDocument(ObjectTree.of(object.readOnlyResource()), out);
      tree.add(root + file, out.toString());
      placed.add(new Placed(file, rank(object.kind()), object.kind(), object.namespace(), object.name()));
    }
    placed.sort(null);
    var resources = new ArrayList<Object>(placed.size());
    for (Placed p : placed) {
      resources.add(p.file);
    }
    Map<String, Object> kustomization = new LinkedHashMap<>();
    kustomization.put("resources", resources);
    var out = new StringBuilder(header);
    YamlWriter.writeDocument(kustomization, out);
    tree.add(root + "kustomization.yaml", out.toString());
  }

  private static int rank(String kind) {
    int index = APPLY_ORDER.indexOf(kind);
    return index < 0 ? APPLY_ORDER.size() : index;
  }

  /** A written file with its sort keys, read once: apply order by kind, then kind, namespace and name. */
  private record Placed(String file, int rank, String kind, String namespace, String name)
      implements Comparable<Placed> {

    @Override
    public int compareTo(Placed other) {
      int order = Integer.compare(rank, other.rank);
      if (order == 0) {
        order = kind.compareTo(other.kind);
      }
      if (order == 0) {
        order = namespace.compareTo(other.namespace);
      }
      return order != 0 ? order : name.compareTo(other.name);
    }
  }
}
