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
 * A small golden-tree comparer for this package's tests, until the shared {@code Golden.assertTree}
 * lands: compares a {@link FileTree} with the expected files under a case folder and reports every
 * missing, extra and differing file (a unified diff, capped at 50 lines). With
 * {@code -Dkube.golden.update=true} it rewrites the case folder instead.
 */
final class GoldenFiles {

  private static final String UPDATE = "kube.golden.update";
  private static final int MAX_DIFF_LINES = 50;

  private GoldenFiles() {}

  static void assertTree(Path caseDir, FileTree tree) {
    if (Boolean.getBoolean(UPDATE)) {
      update(caseDir, tree);
      return;
    }
    var expected = expectedPaths(caseDir);
    var report = new ArrayList<String>();
    var missing = new TreeSet<>(tree.paths());
    missing.removeAll(expected);
    missing.forEach(p -> report.add("not expected (new file): " + p));
    var gone = new TreeSet<>(expected);
    gone.removeAll(tree.paths());
    gone.forEach(p -> report.add("missing: " + p));
    var diff = new ArrayList<String>();
    int differing = 0;
    for (String path : tree.paths()) {
      if (!expected.contains(path)) {
        continue;
      }
      var want = read(caseDir.resolve(path));
      var got = tree.text(path);
      if (!want.equals(got)) {
        differing++;
        if (diff.size() < MAX_DIFF_LINES) {
          var patch = DiffUtils.diff(want.lines().toList(), got.lines().toList());
          diff.addAll(UnifiedDiffUtils.generateUnifiedDiff("expected/" + path, "actual/" + path,
              want.lines().toList(), patch, 2));
        } else {
          report.add("also differs: " + path);
        }
      }
    }
    if (report.isEmpty() && differing == 0) {
      return;
    }
    var shown = diff.size() > MAX_DIFF_LINES ? diff.subList(0, MAX_DIFF_LINES) : diff;
    fail("golden tree " + caseDir + " differs:\n" + String.join("\n", report) + (report.isEmpty() ? "" : "\n")
        + String.join("\n", shown) + "\nRun with -D" + UPDATE + "=true to accept the new output.");
  }

  private static TreeSet<String> expectedPaths(Path caseDir) {
    var paths = new TreeSet<String>();
    if (!Files.isDirectory(caseDir)) {
      return paths;
    }
    try (Stream<Path> files = Files.walk(caseDir)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> paths.add(caseDir.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  private static void update(Path caseDir, FileTree tree) {
    try {
      for (String stale : expectedPaths(caseDir)) {
        if (!tree.contains(stale)) {
          Files.delete(caseDir.resolve(stale));
        }
      }
      for (String path : tree.paths()) {
        var file = caseDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, tree.bytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every YAML manifest (a file with a top-level {@code kind:}) under the golden cases, for the validator. */
  static List<Path> manifests(Path goldenRoot) {
    var list = new ArrayList<Path>();
    try (Stream<Path> files = Files.walk(goldenRoot)) {
      files.filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> read(f).lines().anyMatch(line -> line.startsWith("kind: ")))
          .sorted()
          .forEach(list::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list;
  }
}
