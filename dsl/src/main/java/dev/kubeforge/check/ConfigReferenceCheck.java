package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.External;
import dev.kubeforge.k8s.ExternalConfigMap;
import dev.kubeforge.k8s.ExternalSecret;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pod that reads a ConfigMap or Secret, or a key of one, that the namespace does not declare: the pod
 * would not start ({@code CreateContainerConfigError}, or a volume that never mounts). References marked
 * {@code optional: true} are skipped. Secrets count whether declared with {@code namespace.secret(..)}
 * (they are in the secrets output) or added as is; those declared {@code namespace.external(..)} count
 * with the keys their declaration lists, or with any key when it lists none.
 */
final class ConfigReferenceCheck implements Check {

  /** The keys of an external object whose declaration lists none: any key is taken to exist. */
  private static final Set<String> ANY_KEY = Set.of();

  @Override
  public String id() {
    return "dangling-config-reference";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var configMaps = new HashMap<String, Set<String>>();
    var secrets = new HashMap<String, Set<String>>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof ConfigMap configMap) {
        var keys = new TreeSet<String>();
        keysOf(configMap.getData(), keys);
        keysOf(configMap.getBinaryData(), keys);
        configMaps.put(object.namespace() + "/" + object.name(), keys);
      } else if (object.readOnlyResource() instanceof io.fabric8.kubernetes.api.model.Secret secret) {
        var keys = new TreeSet<String>();
        keysOf(secret.getData(), keys);
        keysOf(secret.getStringData(), keys);
        secrets.put(object.namespace() + "/" + object.name(), keys);
      }
    }
    for (Namespace namespace : cluster.namespaces()) {
      for (Secret secret : namespace.secrets()) {
        secrets.put(secret.namespace() + "/" + secret.name(), new TreeSet<>(secret.data().keySet()));
      }
      for (External external : namespace.externals()) {
        if (external instanceof ExternalSecret secret) {
          secrets.put(namespace.name() + "/" + secret.name(), secret.keys().isEmpty() ? ANY_KEY : secret.keys());
        } else if (external instanceof ExternalConfigMap configMap) {
          configMaps.put(namespace.name() + "/" + configMap.name(),
              configMap.keys().isEmpty() ? ANY_KEY : configMap.keys());
        }
      }
    }
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      var template = object.readOnlyPodTemplate();
      if (template == null || template.getSpec() == null) {
        continue;
      }
      new Pod(object, configMaps, secrets, problems).check(template.getSpec());
    }
    return problems;
  }

  private static void keysOf(Map<String, String> map, Set<String> keys) {
    if (map != null) {
      keys.addAll(map.keySet());
    }
  }

  /** The references of one pod spec. */
  private final class Pod {
    private final KubeObject object;
    private final Map<String, Set<String>> configMaps;
    private final Map<String, Set<String>> secrets;
    private final List<Problem> problems;

    Pod(KubeObject object, Map<String, Set<String>> configMaps, Map<String, Set<String>> secrets,
        List<Problem> problems) {
      this.object = object;
      this.configMaps = configMaps;
      this.secrets = secrets;
      this.problems = problems;
    }

    void check(PodSpec spec) {
      var containers = new ArrayList<Container>();
      containers.addAll(list(spec.getInitContainers()));
      containers.addAll(list(spec.getContainers()));
      for (Container container : containers) {
        var path = object.path().field("container " + container.getName());
        for (EnvVar env : list(container.getEnv())) {
          var from = env.getValueFrom();
          if (from == null) {
            continue;
          }
          var what = "env " + env.getName();
          if (from.getConfigMapKeyRef() != null && !isTrue(from.getConfigMapKeyRef().getOptional())) {
            reference(path, what, "ConfigMap", configMaps, from.getConfigMapKeyRef().getName(),
                from.getConfigMapKeyRef().getKey());
          }
          if (from.getSecretKeyRef() != null && !isTrue(from.getSecretKeyRef().getOptional())) {
            reference(path, what, "Secret", secrets, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey());
          }
        }
        for (EnvFromSource envFrom : list(container.getEnvFrom())) {
          if (envFrom.getConfigMapRef() != null && !isTrue(envFrom.getConfigMapRef().getOptional())) {
            reference(path, "envFrom", "ConfigMap", configMaps, envFrom.getConfigMapRef().getName(), null);
          }
          if (envFrom.getSecretRef() != null && !isTrue(envFrom.getSecretRef().getOptional())) {
            reference(path, "envFrom", "Secret", secrets, envFrom.getSecretRef().getName(), null);
          }
        }
      }
      for (Volume volume : list(spec.getVolumes())) {
        var path = object.path().field("volume " + volume.getName());
        if (volume.getConfigMap() != null && !isTrue(volume.getConfigMap().getOptional())) {
          items(path, "ConfigMap", configMaps, volume.getConfigMap().getName(), volume.getConfigMap().getItems());
        }
        if (volume.getSecret() != null && !isTrue(volume.getSecret().getOptional())) {
          items(path, "Secret", secrets, volume.getSecret().getSecretName(), volume.getSecret().getItems());
        }
        if (volume.getProjected() != null) {
          for (VolumeProjection projection : list(volume.getProjected().getSources())) {
            if (projection.getConfigMap() != null && !isTrue(projection.getConfigMap().getOptional())) {
              items(path, "ConfigMap", configMaps, projection.getConfigMap().getName(),
                  projection.getConfigMap().getItems());
            }
            if (projection.getSecret() != null && !isTrue(projection.getSecret().getOptional())) {
              items(path, "Secret", secrets, projection.getSecret().getName(), projection.getSecret().getItems());
            }
          }
        }
      }
      for (LocalObjectReference pullSecret : list(spec.getImagePullSecrets())) {
        reference(object.path().field("imagePullSecrets"), "imagePullSecrets", "Secret", secrets,
            pullSecret.getName(), null);
      }
    }

    private void items(ObjectPath path, String kind, Map<String, Set<String>> known, String name, List<KeyToPath> items) {
      if (items == null || items.isEmpty()) {
        reference(path, "the volume", kind, known, name, null);
      }
      for (KeyToPath item : list(items)) {
        reference(path, "the volume", kind, known, name, item.getKey());
      }
    }

    private void reference(ObjectPath path, String what, String kind, Map<String, Set<String>> known, String name,
        String key) {
      var keys = known.get(object.namespace() + "/" + name);
      if (keys == null) {
        problems.add(Problem.error(id(), path, what + " reads " + kind + " '" + name + "', which namespace "
                + object.namespace() + " does not declare")
            .hint("declare it with namespace." + (kind.equals("Secret") ? "secret" : "configMap") + "(\"" + name
                + "\"), or allow(\"" + id() + "\", reason) where it is created outside the definition"));
      } else if (key != null && keys != ANY_KEY && !keys.contains(key)) {
        problems.add(Problem.error(id(), path, what + " reads key '" + key + "' of " + kind + " '" + name
                + "', which has " + (keys.isEmpty() ? "no key" : "only " + keys))
            .hint("read one of its keys; " + (kind.equals("Secret") ? "secret" : "configMap") + ".key(\"name\") gives a typed reference"));
      }
    }
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
