package dev.kubeforge.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiUpgradesTest {

  private static final String OLD = """
      apiVersion: extensions/v1beta1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        replicas: 2
        rollbackTo: {revision: 1}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - {name: web, image: nginx:1.27}
      ---
      apiVersion: extensions/v1beta1
      kind: Ingress
      metadata: {name: web, namespace: shop}
      spec:
        backend: {serviceName: fallback, servicePort: 8080}
        rules:
        - host: shop.example.com
          http:
            paths:
            - path: /
              backend: {serviceName: web, servicePort: http}
      ---
      apiVersion: policy/v1beta1
      kind: PodDisruptionBudget
      metadata: {name: web, namespace: shop}
      spec:
        minAvailable: 1
        selector:
          matchLabels: {app: web}
      ---
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata: {name: backup, namespace: shop}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                - {name: backup, image: busybox:1.36}
      ---
      apiVersion: rbac.authorization.k8s.io/v1beta1
      kind: ClusterRole
      metadata: {name: reader}
      rules:
      - {apiGroups: [""], resources: [pods], verbs: [get]}
      """;

  @Test
  void removedVersionsAreUpgradedAndEveryChangeIsReported(@TempDir Path work) throws Exception {
    var outcome = RoundTrip.run(ManifestReader.read("old.yaml", OLD), work);

    assertEquals(List.of(), outcome.differences(), "the generated objects are the upgraded input");
    var upgrades = outcome.result().report().entries(ImportReport.Kind.UPGRADE).stream().map(Object::toString).toList();
    assertEquals(List.of(
        "upgrade old.yaml:1: Deployment web: spec.rollbackTo dropped (apps/v1 has no such field)",
        "upgrade old.yaml:1: Deployment web: spec.selector.matchLabels added from the pod template's labels"
            + " {\"app\":\"web\"} (apps/v1 requires a selector; the old versions derived it)",
        "upgrade old.yaml:1: Deployment web: apiVersion extensions/v1beta1 -> apps/v1 (extensions/v1beta1 is removed"
            + " from Kubernetes)",
        "upgrade old.yaml:14: Ingress web: spec.backend -> spec.defaultBackend with service.name/port",
        "upgrade old.yaml:14: Ingress web: rules[0].http.paths[0].backend serviceName/servicePort -> service.name/port",
        "upgrade old.yaml:14: Ingress web: rules[0].http.paths[0].pathType set to ImplementationSpecific"
            + " (networking.k8s.io/v1 requires one; this one matches as the old versions did)",
        "upgrade old.yaml:14: Ingress web: apiVersion extensions/v1beta1 -> networking.k8s.io/v1"
            + " (extensions/v1beta1 is removed from Kubernetes)",
        "upgrade old.yaml:26: PodDisruptionBudget web: apiVersion policy/v1beta1 -> policy/v1 (policy/v1beta1 is"
            + " removed from Kubernetes)",
        "upgrade old.yaml:34: CronJob backup: apiVersion batch/v1beta1 -> batch/v1 (batch/v1beta1 is removed from"
            + " Kubernetes)",
        "upgrade old.yaml:47: ClusterRole reader: apiVersion rbac.authorization.k8s.io/v1beta1 ->"
            + " rbac.authorization.k8s.io/v1 (rbac.authorization.k8s.io/v1beta1 is removed from Kubernetes)"),
        upgrades);
    var source = outcome.result().source();
    assertTrue(source.contains("new IngressServiceBackendBuilder()"), "typed v1 backends:\n" + source);
    assertTrue(source.contains("private static io.fabric8.kubernetes.api.model.apps.Deployment deploymentWeb()")
        || source.contains("private static Deployment deploymentWeb()"), source);
  }
}
