package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.kubeforge.output.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a {@link FileTree} with a golden directory, reporting missing, extra and differing files
 * (a unified diff each). {@code -Dkube.golden.update=true} rewrites the directory instead. A stand-in
 * with the signature of the shared {@code dev.kubeforge.Golden.assertTree}, which replaces it on merge.
 */
final class LocalGolden {

  private static final String UPDATE = "kube.golden.update";

  private LocalGolden() {}

  static void assertTree(Path caseDir, FileTree tree) {
    try {
      if (Boolean.getBoolean(UPDATE)) {
        update(caseDir, tree);
        return;
      }
      var expected = new TreeSet<String>();
      if (Files.isDirectory(caseDir)) {
        try (Stream<Path> files = Files.walk(caseDir)) {
          files.filter(Files::isRegularFile).forEach(f -> expected.add(caseDir.relativize(f).toString().replace('\\', '/')));
        }
      }
      var report = new ArrayList<String>();
      for (String path : expected) {
        if (!tree.contains(path)) {
          report.add("missing: " + path);
        }
      }
      for (String path : tree.paths()) {
        if (!expected.contains(path)) {
          report.add("extra: " + path);
        } else if (!tree.sameContent(path, Files.readAllBytes(caseDir.resolve(path)))) {
          List<String> want = Files.readString(caseDir.resolve(path), StandardCharsets.UTF_8).lines().toList();
          List<String> got = tree.text(path).lines().toList();
          var diff = UnifiedDiffUtils.generateUnifiedDiff(path, path, want, DiffUtils.diff(want, got), 3);
          report.add("differs: " + path + "\n" + String.join("\n", diff.subList(0, Math.min(diff.size(), 50))));
        }
      }
      if (!report.isEmpty()) {
        fail("generated files differ from " + caseDir + " (rerun with -D" + UPDATE + "=true to accept):\n"
            + String.join("\n", report));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(Path caseDir, FileTree tree) throws IOException {
    if (Files.isDirectory(caseDir)) {
      try (Stream<Path> files = Files.walk(caseDir)) {
        for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(f);
        }
      }
    }
    for (String path : tree.paths()) {
      var target = caseDir.resolve(path);
      Files.createDirectories(target.getParent());
      Files.write(target, tree.bytes(path));
    }
  }
}
