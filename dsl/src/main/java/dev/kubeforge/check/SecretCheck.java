package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Secrets that would break the promise of a reviewable tree without secret values: a Secret with data
 * added as is (it would be written into the reviewable output), and two Secrets of the same name in a
 * namespace (declared, generated for an Ingress, or added as is), where one would replace the other.
 */
final class SecretCheck implements Check {

  @Override
  public String id() {
    return "raw-secret";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var seen = new HashMap<String, ObjectPath>();
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof io.fabric8.kubernetes.api.model.Secret secret)) {
        continue;
      }
      seen.putIfAbsent(object.namespace() + "/" + object.name(), object.path());
      boolean hasData = secret.getData() != null && !secret.getData().isEmpty()
          || secret.getStringData() != null && !secret.getStringData().isEmpty();
      if (hasData) {
        problems.add(Problem.error(id(), object.path(), "Secret '" + object.name()
                + "' was added as is with its values, which would write them into the reviewable output")
            .hint("declare it with namespace.secret(\"" + object.name()
                + "\").entry(key, SecretValue.fromEnv(..)) so its values go to the secrets output"));
      }
    }
    for (Namespace namespace : cluster.namespaces()) {
      for (Secret secret : namespace.secrets()) {
        var first = seen.putIfAbsent(secret.namespace() + "/" + secret.name(), secret.path());
        if (first != null) {
          problems.add(Problem.error("duplicate-object", secret.path(), "Secret '" + secret.name()
                  + "' is defined twice; the first definition is at " + first)
              .hint("give one of them another name, or remove one"));
        }
      }
    }
    return problems;
  }
}
