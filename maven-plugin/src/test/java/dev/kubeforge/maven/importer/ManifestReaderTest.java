package dev.kubeforge.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  @Test
  void readsMultiDocumentFilesListsAndDirectoriesInSortedOrderWithTheirLines(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/two.yml"), """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: c}
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: d}
        """);
    Files.writeString(dir.resolve("a.yaml"), """
        # a comment
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        ---
        ---
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}}
        """);
    Files.writeString(dir.resolve("notes.txt"), "not read");

    var read = ManifestReader.read(dir).stream().map(d -> d.where() + " " + d.describe()).toList();

    assertEquals(List.of("a.yaml:3 ConfigMap a", "a.yaml:8 ConfigMap b", "b/two.yml:4 ConfigMap c",
        "b/two.yml:7 ConfigMap d"), read);
  }

  @Test
  void everyUnusableFileIsAProblemAtItsLineAndColumnAllAtOnce(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("1-broken.yaml"), "apiVersion: v1\nkind: [ConfigMap\nmetadata: {name: x}\n");
    Files.writeString(dir.resolve("2-duplicate.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"
        + "  name: y\n");
    Files.writeString(dir.resolve("3-untyped.yaml"), "metadata: {name: x}\n---\napiVersion: v1\nmetadata: {name: y}\n");
    Files.write(dir.resolve("4-binary.yaml"), new byte[] {'a', ':', ' ', 1, 0, 2});
    Files.write(dir.resolve("5-latin1.yaml"), "a: b\nc: \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("6-scalar.yaml"), "just text\n");
    try (var big = Files.newOutputStream(dir.resolve("7-huge.yaml"))) {
      big.write(new byte[(int) ManifestReader.MAX_FILE_SIZE + 1]);
    }

    var problems = assertThrows(ImportException.class, () -> ManifestReader.read(dir)).problems().stream()
        .map(Object::toString).toList();

    assertEquals(List.of(
        "1-broken.yaml:3:9: not valid YAML: expected ',' or ']', but got :",
        "2-duplicate.yaml:5:3: duplicate key 'name'",
        "3-untyped.yaml:1:1: the object has no apiVersion (every Kubernetes object names its apiVersion and kind)",
        "3-untyped.yaml:1:1: the object has no kind (every Kubernetes object names its apiVersion and kind)",
        "3-untyped.yaml:3:1: the object has no kind (every Kubernetes object names its apiVersion and kind)",
        "4-binary.yaml:1:5: binary file: byte 0x00 at offset 4 is not UTF-8 text",
        "5-latin1.yaml:2:4: binary file: byte 0xe9 at offset 8 is not UTF-8 text",
        "6-scalar.yaml:1:1: a document must be a Kubernetes object (a mapping), not a string",
        "7-huge.yaml:1:1: file too large: 8388609 bytes (at most 8388608 are read)"), problems);
  }

  @Test
  void realFilesWithDuplicateKeysAreRefusedWhereTheKeyRepeats() {
    var problems = assertThrows(ImportException.class,
        () -> ManifestReader.read(Path.of("src/test/resources/import-invalid"))).problems().stream()
        .map(Object::toString).toList();

    assertEquals(List.of(
        "kubernetes+examples/_archived/openshift-origin/etcd-controller.yaml:12:3: duplicate key 'selector'",
        "kubernetes+examples/_archived/openshift-origin/etcd-discovery-controller.yaml:12:3: duplicate key 'selector'",
        "kubernetes+examples/_archived/openshift-origin/openshift-controller.yaml:12:3: duplicate key 'selector'",
        "kubernetes+examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml:9:1:"
            + " duplicate key 'type'",
        "kubernetes+examples/_archived/volumes/scaleio/sc-pvc.yaml:12:3: duplicate key 'storageClassName'"), problems);
  }

  @Test
  void nothingIsWrittenWhenTheInputHasProblems(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\nkind: [\n");
    var out = dir.resolve("out");

    assertThrows(ImportException.class, () -> ClusterImporter.importObjects(ManifestReader.read(dir.resolve("in.yaml")),
        "com.example", "prod", null).write(out, out, false));

    assertEquals(false, Files.exists(out));
  }
}
