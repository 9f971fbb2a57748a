package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.check.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README is the users' first reference: its sample is the example's real code and the file that
 * code generates, and every check id a problem can carry is listed in it.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyCheckIdIsDocumented() throws IOException {
    var readme = Files.readString(ROOT.resolve("README.md"));
    var missing = Checks.allIds().stream().filter(id -> !readme.contains("`" + id + "`")).toList();
    assertEquals(List.of(), missing, "check ids missing from README.md's Checks table");
  }

  @Test
  void theSampleIsTheExamplesCodeInOrder() throws IOException {
    var readme = Files.readString(ROOT.resolve("README.md"));
    var source = Files.readString(
        ROOT.resolve("examples/src/main/java/dev/kubeforge/examples/KubeadmCluster.java"));
    int at = 0;
    for (String line : block(readme, "```java").lines().toList()) {
      var code = line.strip();
      if (code.isEmpty() || code.startsWith("//")) {
        continue;
      }
      int found = source.indexOf(code, at);
      assertTrue(found >= 0, "README's sample line is not in KubeadmCluster.java (in order): " + code);
      at = found + code.length();
    }
  }

  @Test
  void theSampleOutputIsTheGeneratedFile() throws IOException {
    var readme = Files.readString(ROOT.resolve("README.md"));
    var generated = Files.readString(ROOT.resolve("generated/kubeadm-lab/kubernetes/demo/deployment-nginx.yaml"));
    assertEquals(generated, block(readme, "```yaml"));
  }

  /** The text of the first fenced block that opens with {@code fence}, with its final newline. */
  private static String block(String markdown, String fence) {
    int start = markdown.indexOf(fence + "\n") + fence.length() + 1;
    return markdown.substring(start, markdown.indexOf("```", start));
  }
}
