package dev.kubeforge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A Service must select the pod template of some workload in its own namespace, on every selector label. */
class ServiceSelectorCheckTest {

  @Test
  void aSelectorMatchingEveryLabelOfSomePodTemplateInTheNamespaceIsFine() {
    var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    web.add(deployment("site", Map.of("app", "site", "tier", "front")));
    web.add(deployment("api", Map.of("app", "api", "tier", "front")));
    web.add(service("site", Map.of("app", "site", "tier", "front")));
    web.add(service("front", Map.of("tier", "front")));
    web.add(service("manual", Map.of()));
    var bare = new Pod();
    bare.setMetadata(meta("debug", Map.of("app", "debug")));
    web.add(bare);
    web.add(service("debug", Map.of("app", "debug")));
    assertEquals(List.of(), new ServiceSelectorCheck().run(cluster.build()));
  }

  @Test
  void aSelectorThatNoPodTemplateOfTheNamespaceMatchesOnEveryLabelIsAnError() {
    var cluster = Cluster.named("prod");
    cluster.namespace("web").add(deployment("site", Map.of("app", "site", "tier", "front")));
    cluster.namespace("web").add(deployment("api", Map.of("app", "api", "tier", "back")));
    cluster.namespace("web").add(service("mixed", Map.of("app", "site", "tier", "back")));
    cluster.namespace("shop").add(service("site", Map.of("app", "site")));
    var problems = new ServiceSelectorCheck().run(cluster.build());
    assertEquals("""
        cluster prod › namespace web › service mixed: Service 'mixed' selects {app=site, tier=back}, which \
        matches no pod template in namespace web [service-selects-nothing]
          hint: select the labels of a workload in the same namespace
        cluster prod › namespace shop › service site: Service 'site' selects {app=site}, which matches no pod \
        template in namespace shop [service-selects-nothing]
          hint: select the labels of a workload in the same namespace""",
        String.join("\n", problems.stream().map(Problem::toString).toList()));
  }

  @Test
  void aSelectorLabelWithoutValueMatchesOnlyThatLabelWithoutValue() {
    var cluster = Cluster.named("prod");
    var labels = new HashMap<String, String>();
    labels.put("app", "site");
    labels.put("canary", null);
    cluster.namespace("web").add(deployment("site", labels));
    var selector = new HashMap<String, String>();
    selector.put("canary", null);
    cluster.namespace("web").add(service("canary", selector));
    cluster.namespace("web").add(service("other", Map.of("canary", "")));
    var problems = new ServiceSelectorCheck().run(cluster.build());
    assertEquals(List.of("cluster prod › namespace web › service other"),
        problems.stream().map(problem -> problem.path().toString()).toList());
  }

  private static Deployment deployment(String name, Map<String, String> podLabels) {
    var template = new PodTemplateSpec();
    template.setMetadata(meta(null, podLabels));
    var spec = new DeploymentSpec();
    spec.setTemplate(template);
    var deployment = new Deployment();
    deployment.setMetadata(meta(name, Map.of()));
    deployment.setSpec(spec);
    return deployment;
  }

  private static Service service(String name, Map<String, String> selector) {
    var spec = new ServiceSpec();
    spec.setSelector(selector instanceof HashMap<String, String> ? selector : new TreeMap<>(selector));
    var service = new Service();
    service.setMetadata(meta(name, Map.of()));
    service.setSpec(spec);
    return service;
  }

  private static ObjectMeta meta(String name, Map<String, String> labels) {
    var meta = new ObjectMeta();
    meta.setName(name);
    meta.setLabels(labels instanceof HashMap<String, String> ? labels : new TreeMap<>(labels));
    return meta;
  }
}
