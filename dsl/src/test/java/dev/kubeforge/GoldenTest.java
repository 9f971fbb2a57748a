package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.output.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

  private static final FileTree RENDERED = FileTree.builder()
      .add("kubernetes/web/service-site.yaml", "kind: Service\nmetadata:\n  name: site\n")
      .add("kubernetes/web/deployment-site.yaml", "kind: Deployment\n")
      .build();

  @TempDir Path caseDir;
  private String updateBefore;

  @BeforeEach
  void neverUpdateUnlessATestSaysSo() {
    updateBefore = System.clearProperty(Golden.UPDATE_PROPERTY);
  }

  @AfterEach
  void restoreTheUpdateProperty() {
    if (updateBefore == null) {
      System.clearProperty(Golden.UPDATE_PROPERTY);
    } else {
      System.setProperty(Golden.UPDATE_PROPERTY, updateBefore);
    }
  }

  @Test
  void passesWhenTheCaseHoldsExactlyTheRenderedFiles() throws IOException {
    writeGolden("kubernetes/web/service-site.yaml", "kind: Service\nmetadata:\n  name: site\n");
    writeGolden("kubernetes/web/deployment-site.yaml", "kind: Deployment\n");

    Golden.assertTree(caseDir, RENDERED);
  }

  @Test
  void reportsMissingExtraAndChangedFilesWithTheUpdateFlag() throws IOException {
    writeGolden("kubernetes/web/service-site.yaml", "kind: Service\nmetadata:\n  name: web\n");
    writeGolden("kubernetes/web/ingress-site.yaml", "kind: Ingress\n");

    var e = assertThrows(AssertionFailedError.class, () -> Golden.assertTree(caseDir, RENDERED));

    assertEquals("rendered files differ from the golden files in " + caseDir + " (a/: golden, b/: rendered)\n"
        + """
        3 files differ: 1 added, 1 changed, 1 removed
          A kubernetes/web/deployment-site.yaml
          D kubernetes/web/ingress-site.yaml
          M kubernetes/web/service-site.yaml
        --- /dev/null
        +++ b/kubernetes/web/deployment-site.yaml
        @@ -0,0 +1,1 @@
        +kind: Deployment
        --- a/kubernetes/web/ingress-site.yaml
        +++ /dev/null
        @@ -1,1 +0,0 @@
        -kind: Ingress
        --- a/kubernetes/web/service-site.yaml
        +++ b/kubernetes/web/service-site.yaml
        @@ -1,3 +1,3 @@
         kind: Service
         metadata:
        -  name: web
        +  name: site
        Run the test with -Dkube.golden.update=true to rewrite the golden files, then review them with git\
         diff.""", e.getMessage());
  }

  @Test
  void capsTheReportAtFiftyLines() {
    var many = FileTree.builder();
    for (int i = 0; i < 30; i++) {
      many.add(String.format(Locale.ROOT, "f%02d.txt", i), "line\n");
    }

    var e = assertThrows(AssertionFailedError.class, () -> Golden.assertTree(caseDir, many.build()));

    List<String> lines = e.getMessage().lines().toList();
    assertEquals(List.of(
            "  A f29.txt",
            "--- /dev/null",
            "+++ b/f00.txt",
            "@@ -0,0 +1,1 @@",
            "+line",
            "--- /dev/null",
            "+++ b/f01.txt",
            "@@ -0,0 +1,1 @@",
            "+line",
            "--- /dev/null",
            "+++ b/f02.txt",
            "@@ -0,0 +1,1 @@",
            "+line",
            "--- /dev/null",
            "+++ b/f03.txt",
            "@@ -0,0 +1,1 @@",
            "+line",
            "--- /dev/null",
            "+++ b/f04.txt",
            "... (2 more lines that didn't fit)",
            "also differs: 25 other files",
            "Run the test with -Dkube.golden.update=true to rewrite the golden files, then review them with git"
                + " diff."),
        lines.subList(31, lines.size()));
    assertEquals(1 + 50 + 1 + 1, lines.size());
  }

  @Test
  void rewritesTheCaseWhenAskedTo() throws IOException {
    writeGolden("kubernetes/web/service-site.yaml", "kind: Service\nmetadata:\n  name: web\n");
    writeGolden("kubernetes/old/ingress-site.yaml", "kind: Ingress\n");
    System.setProperty(Golden.UPDATE_PROPERTY, "true");

    Golden.assertTree(caseDir, RENDERED);

    System.clearProperty(Golden.UPDATE_PROPERTY);
    Golden.assertTree(caseDir, RENDERED);
    try (Stream<Path> walk = Files.walk(caseDir)) {
      assertEquals(List.of("", "kubernetes", "kubernetes/web", "kubernetes/web/deployment-site.yaml",
              "kubernetes/web/service-site.yaml"),
          walk.map(p -> caseDir.relativize(p).toString().replace('\\', '/')).sorted().toList());
    }
  }

  @Test
  void caseDirPointsAtTheSources() {
    assertEquals(Path.of("src/test/resources/golden/yaml/basic"), Golden.caseDir("yaml", "basic"));
  }

  private void writeGolden(String path, String text) throws IOException {
    Path file = caseDir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
