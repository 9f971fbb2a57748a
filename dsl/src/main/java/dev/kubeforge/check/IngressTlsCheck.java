package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;

/**
 * A TLS host of an Ingress that none of its rules serves: usually a typo in one of the two, and the
 * certificate would be served for a host that routes nowhere.
 */
final class IngressTlsCheck implements Check {

  @Override
  public String id() {
    return "tls-host-not-served";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof Ingress ingress) || ingress.getSpec() == null
          || ingress.getSpec().getTls() == null) {
        continue;
      }
      var ruleHosts = new ArrayList<String>();
      if (ingress.getSpec().getRules() != null) {
        for (IngressRule rule : ingress.getSpec().getRules()) {
          if (rule.getHost() != null) {
            ruleHosts.add(rule.getHost());
          }
        }
      }
      var tls = ingress.getSpec().getTls();
      for (int i = 0; i < tls.size(); i++) {
        IngressTLS entry = tls.get(i);
        if (entry.getHosts() == null) {
          continue;
        }
        for (String host : entry.getHosts()) {
          if (ruleHosts.stream().noneMatch(rule -> serves(host, rule))) {
            problems.add(Problem.error(id(), object.path().field("tls " + i),
                    "TLS host '" + host + "' is served by no rule of Ingress '" + object.name() + "' (rule hosts: "
                        + ruleHosts + ")")
                .hint("add a rule for the host, or correct the host in the TLS entry"));
          }
        }
      }
    }
    return problems;
  }

  /** Whether a certificate for {@code tlsHost} (maybe {@code *.domain}) covers rule host {@code ruleHost}. */
  private static boolean serves(String tlsHost, String ruleHost) {
    if (tlsHost.equals(ruleHost)) {
      return true;
    }
    if (tlsHost.startsWith("*.")) {
      int dot = ruleHost.indexOf('.');
      return dot > 0 && !ruleHost.startsWith("*") && ruleHost.substring(dot).equals(tlsHost.substring(1));
    }
    return false;
  }
}
