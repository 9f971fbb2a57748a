package dev.kubeforge.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterImporterTest {

  private static final String MANIFEST = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: web
        labels:
          team: shop
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: site
        namespace: web
        labels: {app: site}
      spec:
        replicas: 2
        selector:
          matchLabels: {app: site}
        template:
          metadata:
            labels: {app: site}
          spec:
            containers:
            - name: site
              image: nginx:1.27
              ports:
              - {name: http, containerPort: 80}
              resources:
                limits: {cpu: 500m, memory: 128Mi}
              readinessProbe:
                httpGet: {path: /, port: http}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: site, namespace: web}
      spec:
        selector: {app: site}
        ports:
        - {name: http, port: 80, targetPort: http}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: site-config, namespace: web}
      data:
        mode: production
        nginx.conf: |
          server {
            listen 80;
            root /usr/share/nginx/html;
          }
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: db, namespace: web}
      type: Opaque
      data:
        password: c2VjcmV0
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules:
      - apiGroups: [""]
        resources: [pods]
        verbs: [get, list]
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata: {name: site, namespace: web}
      spec:
        endpoints:
        - port: http
          interval: 30s
        selector:
          matchLabels: {app: site}
      """;

  @Test
  void importsEveryObjectAndGeneratesThemBack(@TempDir Path work) throws Exception {
    var outcome = RoundTrip.run(ManifestReader.read("shop.yaml", MANIFEST), work);

    assertEquals(List.of(), outcome.differences());
    var source = outcome.result().source();
    assertTrue(source.contains("cluster.namespace(\"web\")\n        .label(\"team\", \"shop\")"), source);
    assertTrue(source.contains(".entry(\"password\", SecretValue.fromEnv(\"WEB_DB_PASSWORD\"))"), source);
    assertFalse(source.contains("c2VjcmV0"), "no secret value in the Java");
    assertTrue(source.contains(".file(\"nginx.conf\", ConfigMapSource.fromResource(Imported.class, \"web/site-config/nginx.conf\"))"), source);
    assertEquals("server {\n  listen 80;\n  root /usr/share/nginx/html;\n}\n",
        outcome.result().resources().get("com/example/imported/web/site-config/nginx.conf"));
    var report = String.join("\n", outcome.result().report().lines());
    assertTrue(report.startsWith("7 objects read, 3 recognised, 4 through add(..), 0 upgrades, 1 losses, 0 added, 0 failing checks allowed"), report);
    assertTrue(report.contains("loss shop.yaml:51: Secret db: the values of [password] are dropped"), report);
    assertTrue(report.contains("escape hatch shop.yaml:8: Deployment site -> web.add(deploymentSite())"), report);
  }

  @Test
  void refusesToOverwriteExistingFilesUnlessTold(@TempDir Path dir) throws Exception {
    var result = ClusterImporter.importObjects(ManifestReader.read("shop.yaml", MANIFEST), "com.acme", "prod", null);
    var java = dir.resolve("java");
    var resources = dir.resolve("resources");
    assertEquals(2, result.write(java, resources, false).size());
    Files.writeString(java.resolve("com/acme/Prod.java"), "// edited");

    var refused = assertThrows(IllegalStateException.class, () -> result.write(java, resources, false));

    assertTrue(refused.getMessage().startsWith("refusing to overwrite " + java.resolve("com/acme/Prod.java")
        + ", " + resources.resolve("com/acme/web/site-config/nginx.conf")), refused.getMessage());
    assertEquals("// edited", Files.readString(java.resolve("com/acme/Prod.java")));
    result.write(java, resources, true);
    assertEquals(result.source(), Files.readString(java.resolve("com/acme/Prod.java")));
  }

  @Test
  void refusesBadArgumentsNamingThem() {
    var documents = ManifestReader.read("shop.yaml", MANIFEST);
    assertEquals("package: not a Java package name: 'com.1acme'", assertThrows(IllegalArgumentException.class,
        () -> ClusterImporter.importObjects(documents, "com.1acme", "prod", null)).getMessage());
    assertEquals("className: not a Java class name: 'class'", assertThrows(IllegalArgumentException.class,
        () -> ClusterImporter.importObjects(documents, "com.acme", "prod", "class")).getMessage());
  }
}
