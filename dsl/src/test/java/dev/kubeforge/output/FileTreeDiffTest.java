package dev.kubeforge.output;

import static dev.kubeforge.output.Trees.INDEX_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeDiffTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: site
      spec:
        replicas: 1
        template:
          spec: {}
      """;

  /** What the definitions produce now: one file changed, one added, one dropped since the last sync. */
  private static final FileTree NOW = Trees.of(
      "app/deployment.yaml", DEPLOYMENT.replace("replicas: 1", "replicas: 3"),
      "app/service.yaml", "kind: Service\n",
      "new.yaml", "n1\nn2\n");

  private static final String SUMMARY = """
      4 files differ: 1 added, 2 changed, 1 removed
        M .kubeforge-index
        M app/deployment.yaml
        A new.yaml
        D old.yaml""";

  private static final String INDEX_DIFF = """
      --- a/.kubeforge-index
      +++ b/.kubeforge-index
      @@ -1,4 +1,4 @@
       %s
       app/deployment.yaml
       app/service.yaml
      -old.yaml
      +new.yaml""".formatted(INDEX_HEADER.strip());

  @TempDir Path dir;

  @BeforeEach
  void syncTheLastTree() throws IOException {
    FileTreeWriter.sync(Trees.of(
        "app/deployment.yaml", DEPLOYMENT,
        "app/service.yaml", "kind: Service\n",
        "old.yaml", "x\n"), dir);
    Files.writeString(dir.resolve("NOTES.md"), "by hand, never reported\n");
  }

  @Test
  void listsAddedChangedAndRemovedFilesWithTheIndex() throws IOException {
    var diff = FileTreeDiff.between(NOW, dir);

    assertFalse(diff.isEmpty());
    assertEquals(List.of("new.yaml"), diff.added());
    assertEquals(List.of(".kubeforge-index", "app/deployment.yaml"), diff.changed());
    assertEquals(List.of("old.yaml"), diff.removed());
    assertEquals(SUMMARY, diff.summary());
    assertEquals(4, diff.expectedFiles(), "the tree's three files and the index");
  }

  @Test
  void formatsAUnifiedDiffPerFile() throws IOException {
    assertEquals(SUMMARY + "\n" + INDEX_DIFF + """

        --- a/app/deployment.yaml
        +++ b/app/deployment.yaml
        @@ -3,6 +3,6 @@
         metadata:
           name: site
         spec:
        -  replicas: 1
        +  replicas: 3
           template:
             spec: {}
        --- /dev/null
        +++ b/new.yaml
        @@ -0,0 +1,2 @@
        +n1
        +n2
        --- a/old.yaml
        +++ /dev/null
        @@ -1,1 +0,0 @@
        -x""", FileTreeDiff.between(NOW, dir).format(100));
  }

  @Test
  void cutsTheFileThatDoesNotFitAndCountsTheFilesNotShown() throws IOException {
    assertEquals(SUMMARY + """

        --- a/.kubeforge-index
        +++ b/.kubeforge-index
        @@ -1,4 +1,4 @@
        ... (5 more lines that didn't fit)
        also differs: 3 other files""", FileTreeDiff.between(NOW, dir).format(9));
  }

  @Test
  void cutsTheSummaryWhenEvenItDoesNotFit() throws IOException {
    assertEquals("""
        4 files differ: 1 added, 2 changed, 1 removed
          M .kubeforge-index
        ... (3 more lines that didn't fit)
        also differs: 4 other files""", FileTreeDiff.between(NOW, dir).format(3));
  }

  @Test
  void aFullSummaryLeavesNoRoomForDiffs() throws IOException {
    assertEquals(SUMMARY + "\nalso differs: 4 other files", FileTreeDiff.between(NOW, dir).format(5));
  }

  @Test
  void isEmptyRightAfterASync() throws IOException {
    FileTreeWriter.sync(NOW, dir);

    var diff = FileTreeDiff.between(NOW, dir);

    assertTrue(diff.isEmpty());
    assertEquals("no files differ", diff.summary());
    assertEquals("no files differ", diff.format(50));
  }

  @Test
  void aMissingDirectoryIsEmpty() throws IOException {
    var diff = FileTreeDiff.between(Trees.of("a.yaml", "a\n"), dir.resolve("missing"));

    assertEquals("""
        2 files differ: 2 added
          A .kubeforge-index
          A a.yaml
        --- /dev/null
        +++ b/.kubeforge-index
        @@ -0,0 +1,2 @@
        +%s
        +a.yaml
        --- /dev/null
        +++ b/a.yaml
        @@ -0,0 +1,1 @@
        +a""".formatted(INDEX_HEADER.strip()), diff.format(50));
  }

  @Test
  void aFileNotInTheIndexCountsOnlyWhereTheTreeHasOne() throws IOException {
    var diff = FileTreeDiff.between(NOW.plus(Trees.of("NOTES.md", "generated notes\n")), dir);

    assertEquals(List.of("new.yaml"), diff.added());
    assertEquals(List.of(".kubeforge-index", "NOTES.md", "app/deployment.yaml"), diff.changed());
    assertEquals(List.of("old.yaml"), diff.removed());
  }

  @Test
  void marksALastLineWithoutNewlineAsGitDoes() {
    var diff = FileTreeDiff.between(Trees.of("t.txt", "a\nb\n"), Trees.of("t.txt", "a\nb"));

    assertEquals("""
        1 file differs: 1 changed
          M t.txt
        --- a/t.txt
        +++ b/t.txt
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +b""", diff.format(50));
  }

  @Test
  void reportsBytesThatAreNotUtf8AsBinary() {
    var expected = FileTree.builder().add("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
    var actual = FileTree.builder().add("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}).build();

    assertEquals("""
        1 file differs: 1 changed
          M logo.png
        Binary files a/logo.png and b/logo.png differ""", FileTreeDiff.between(expected, actual).format(50));
  }

  @Test
  void betweenTreesCountsEveryExtraFileAsRemoved() {
    var diff = FileTreeDiff.between(Trees.of("a.yaml", "a\n"), Trees.of("a.yaml", "a\n", "b.yaml", "b\n"));

    assertEquals(List.of(), diff.added());
    assertEquals(List.of(), diff.changed());
    assertEquals(List.of("b.yaml"), diff.removed());
    assertEquals("""
        1 file differs: 1 removed
          D b.yaml
        --- a/b.yaml
        +++ /dev/null
        @@ -1,1 +0,0 @@
        -b""", diff.format(50));
  }

  @Test
  void refusesATreeWithAFileWhereTheIndexGoes() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> FileTreeDiff.between(Trees.of(".kubeforge-index", "mine\n"), dir));

    assertEquals(".kubeforge-index is the generator's index of the files it owns; the tree cannot hold a file"
        + " there", e.getMessage());
  }

  @Test
  void refusesACapBelowOneLine() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> FileTreeDiff.between(FileTree.empty(), FileTree.empty()).format(0));

    assertEquals("maxLines must be >= 1, was 0", e.getMessage());
  }
}
