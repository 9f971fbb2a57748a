package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Warnings for the API identity of pods: pods that run as their namespace's {@code default} service
 * account ({@code default-service-account}: whatever is granted to it is granted to every such pod), and
 * pods that get an API token mounted although neither they nor their service account turn it off
 * ({@code automounted-token}: anyone who gets into a container holds it). Static pods have no service
 * account and are not checked.
 */
final class ServiceAccountCheck implements Check {

  static final String ID = "default-service-account";
  static final String TOKEN = "automounted-token";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var accounts = new HashMap<String, ServiceAccount>();
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof ServiceAccount account) {
        accounts.put(object.namespace() + "/" + object.name(), account);
      }
    }
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      if (pod.staticPod()) {
        continue;
      }
      var spec = pod.spec();
      var name = spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty()
          ? spec.getServiceAccountName()
          : spec.getServiceAccount() != null && !spec.getServiceAccount().isEmpty() ? spec.getServiceAccount() : "default";
      if (name.equals("default")) {
        problems.add(Problem.warning(ID, pod.object().path(), pod.describe() + " runs as the default service account"
                + " of namespace " + pod.object().namespace() + ": what is granted to it is granted to every pod there")
            .hint("give it its own: .serviceAccount(ns.serviceAccount(\"" + pod.object().name() + "\").ref()), or"
                + " allow(\"" + ID + "\", reason)"));
      }
      var account = accounts.get(pod.object().namespace() + "/" + name);
      Boolean automount = spec.getAutomountServiceAccountToken() != null ? spec.getAutomountServiceAccountToken()
          : account != null ? account.getAutomountServiceAccountToken() : null;
      if (!Boolean.FALSE.equals(automount)) {
        problems.add(Problem.warning(TOKEN, pod.object().path(), pod.describe() + " gets an API token of service"
                + " account " + name + " in every container: neither the pod nor the account sets"
                + " automountServiceAccountToken: false")
            .hint("ns.serviceAccount(\"" + name + "\").noTokenAutomount() when the pods do not call the API, or"
                + " allow(\"" + TOKEN + "\", reason)"));
      }
    }
    return problems;
  }
}
