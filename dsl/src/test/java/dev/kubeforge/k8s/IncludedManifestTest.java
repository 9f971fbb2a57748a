package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.Size;
import dev.kubeforge.check.ProblemsException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manifests another tool wrote, included in a namespace as data: placed, referenced, checked, rendered. */
class IncludedManifestTest {

  private static final ManifestSource GUESTBOOK = ManifestSource.fromResource("include/guestbook.yml");

  /** The guestbook manifest included in namespace {@code apps}, with an Ingress to it and its claim. */
  private static Cluster guestbookCluster() {
    var cluster = Cluster.named("prod");
    var apps = cluster.namespace("apps");
    var guestbook = apps.include(GUESTBOOK).dropAnnotation("app.dekorate.io/commit-id");
    guestbook.pvc("guestbook-entries", Size.gib(1))
        .storageClass(cluster.storageClass("nfs", "example.com/nfs").ref());
    apps.ingress("guestbook").host("guestbook.example.com", "/", guestbook.service("guestbook").port("http"));
    return cluster.build();
  }

  private static String file(String path) {
    var text = Kubeforge.generate(IncludedManifestTest::guestbookCluster).files().text("prod/kubernetes/apps/" + path);
    return text.substring(text.indexOf('\n') + 1);
  }

  @Test
  void includedObjectsArePlacedIntoTheNamespaceInManifestOrder() {
    var objects = guestbookCluster().namespaces().get(0).objects();
    assertEquals(List.of(
            "Namespace apps: cluster prod › namespace apps",
            "Deployment guestbook: cluster prod › namespace apps › include include/guestbook.yml › deployment guestbook",
            "Service guestbook: cluster prod › namespace apps › include include/guestbook.yml › service guestbook",
            "Greeting hello: cluster prod › namespace apps › include include/guestbook.yml › greeting hello",
            "PersistentVolumeClaim guestbook-entries: cluster prod › namespace apps › pvc guestbook-entries",
            "Ingress guestbook: cluster prod › namespace apps › ingress guestbook"),
        objects.stream().map(o -> o.kind() + " " + o.name() + ": " + o.path()).toList());
    objects.stream().skip(1).forEach(o -> assertEquals("apps", o.namespace(), o.path().toString()));
    assertInstanceOf(Deployment.class, objects.get(1).resource());
    assertInstanceOf(GenericKubernetesResource.class, objects.get(3).resource());
  }

  @Test
  void anIngressRoutesToTheIncludedServiceByItsPortNumber() {
    assertEquals("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: guestbook
          namespace: apps
        spec:
          ingressClassName: nginx
          rules:
            - host: guestbook.example.com
              http:
                paths:
                  - backend:
                      service:
                        name: guestbook
                        port:
                          name: http
                    path: /
                    pathType: Prefix
        """, file("ingress-guestbook.yaml"));
  }

  @Test
  void droppedAnnotationsLeaveTheObjectAndItsPodTemplate() {
    var deployment = file("deployment-guestbook.yaml");
    assertEquals(false, deployment.contains("annotations"), deployment);
    assertEquals(true, deployment.contains("  namespace: apps\n"), deployment);
    assertEquals("""
        apiVersion: example.com/v1
        kind: Greeting
        metadata:
          name: hello
          namespace: apps
        spec:
          text: hello
        """, file("greeting-hello.yaml"));
  }

  @Test
  void includedObjectsAreChecked() {
    ClusterDefinition duplicated = () -> {
      var cluster = Cluster.named("prod");
      cluster.namespace("apps").include(GUESTBOOK);
      var greeting = new GenericKubernetesResource();
      greeting.setApiVersion("example.com/v1");
      greeting.setKind("Greeting");
      greeting.setMetadata(new ObjectMetaBuilder().withName("hello").build());
      cluster.namespace("apps").add(greeting);
      return cluster.build();
    };
    var message = assertThrows(ProblemsException.class,
        () -> Kubeforge.generate(List.of(duplicated), BEFORE_THE_PACK)).getMessage();
    assertEquals("""
        1 error (nothing was written)
        error: cluster prod › namespace apps › greeting hello: Greeting 'hello' is defined twice; the first \
        definition is at cluster prod › namespace apps › include include/guestbook.yml › greeting hello \
        [duplicate-object]
          hint: give one of them another name, or remove one""", message);
  }

  @Test
  void referencesIntoTheManifestNameWhatItHolds() {
    var apps = Cluster.named("prod").namespace("apps");
    var guestbook = apps.include(GUESTBOOK);
    assertEquals(new ServicePort("apps", "guestbook", "http", 80), guestbook.service("guestbook").port("http"));
    assertEquals("include/guestbook.yml has no Service 'web' (its Services: guestbook)",
        assertThrows(IllegalArgumentException.class, () -> guestbook.service("web")).getMessage());
    assertEquals("Service 'guestbook' of include/guestbook.yml has no port named 'https' (its named ports: http)",
        assertThrows(IllegalArgumentException.class, () -> guestbook.service("guestbook").port("https")).getMessage());
    assertEquals("no workload in include/guestbook.yml mounts a claim named 'data' (its claims: guestbook-entries)",
        assertThrows(IllegalArgumentException.class, () -> guestbook.pvc("data", Size.gib(1))).getMessage());
  }

  @Test
  void aManifestThatCannotBeIncludedFailsOnTheIncludingLine() {
    assertEquals("""
        bad.yml is not valid YAML: while parsing a flow sequence
         in reader, line 2, column 11:
            metadata: [a
                      ^
        expected ',' or ']', but got <stream end>
         in reader, line 3, column 1:
           \s
            ^
        """,
        include("bad.yml", "kind: Service\nmetadata: [a\n"));
    assertEquals("other.yml, document 1: Service 'web' belongs to namespace 'web', not to namespace 'apps' that"
            + " includes it",
        include("other.yml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: web\n"));
    assertEquals("role.yml, document 2: ClusterRole 'reader' is cluster-scoped; add it to the cluster with"
            + " cluster.add(..), not to namespace apps",
        include("role.yml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n"
            + "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n"));
    assertEquals("list.yml, document 1 is not a Kubernetes object but array", include("list.yml", "- a\n- b\n"));
    assertEquals("kindless.yml, document 1 has no kind", include("kindless.yml", "apiVersion: v1\nmetadata: {}\n"));
    assertEquals("nameless.yml, document 1 (ConfigMap) has no metadata.name",
        include("nameless.yml", "apiVersion: v1\nkind: ConfigMap\n"));
    assertEquals("typo.yml, document 1: not a valid Deployment: Cannot deserialize value of type"
            + " `java.lang.Integer` from String \"many\": not a valid `java.lang.Integer` value",
        include("typo.yml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  replicas: many\n"));
    assertEquals("empty.yml holds no Kubernetes object", include("empty.yml", "---\n"));
    assertEquals("no class-path resource include/missing.yml (is the module that generates it a dependency of this"
            + " one?)",
        assertThrows(IllegalArgumentException.class, () -> ManifestSource.fromResource("include/missing.yml"))
            .getMessage());
  }

  @Test
  void aFileSourceNamesItsPath() {
    var source = ManifestSource.fromFile(Path.of("src/test/resources/include/guestbook.yml"));
    assertEquals("src/test/resources/include/guestbook.yml", source.origin());
    assertEquals(GUESTBOOK.yaml(), source.yaml());
  }

  private static String include(String origin, String yaml) {
    var apps = Cluster.named("prod").namespace("apps");
    return assertThrows(IllegalArgumentException.class, () -> apps.include(ManifestSource.fromText(origin, yaml)))
        .getMessage();
  }
}
