package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kubeforge.output.FileTree;
import dev.kubeforge.output.FileTreeDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden-file assertions. A case's expected files are a directory tree, by convention
 * {@code src/test/resources/golden/<renderer>/<case>/} ({@link #caseDir}); the test renders the case
 * and compares the whole tree, so missing and extra files fail as changed ones do.
 *
 * <p>With {@code -Dkube.golden.update=true} a differing case directory is rewritten to hold exactly the
 * rendered tree and the assertion passes; review the change with {@code git diff}. CI never sets it.
 */
public final class Golden {

  /** The system property that makes {@link #assertTree} rewrite the golden files. */
  public static final String UPDATE_PROPERTY = "kube.golden.update";

  private static final int MAX_LINES = 50;

  private Golden() {}

  /**
   * The source directory of a case, relative to the module (surefire's working directory), so an
   * update rewrites the sources rather than a copy under {@code target/}.
   */
  public static Path caseDir(String renderer, String caseName) {
    return Path.of("src", "test", "resources", "golden", renderer, caseName);
  }

  /**
   * Asserts that {@code caseDir} holds exactly {@code actual}'s files, byte for byte. The failure lists
   * every file that differs ({@code A}: only rendered, {@code M}: other bytes, {@code D}: only golden)
   * and a unified diff per file, at most 50 lines, then {@code also differs: N other files}. A missing
   * {@code caseDir} counts as empty.
   */
  public static void assertTree(Path caseDir, FileTree actual) {
    FileTree golden = read(caseDir);
    FileTreeDiff diff = FileTreeDiff.between(actual, golden);
    if (diff.isEmpty()) {
      return;
    }
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      rewrite(caseDir, actual);
      return;
    }
    fail("rendered files differ from the golden files in " + caseDir + " (a/: golden, b/: rendered)\n"
        + diff.format(MAX_LINES) + "\n"
        + "Run the test with -D" + UPDATE_PROPERTY + "=true to rewrite the golden files, then review them"
        + " with git diff.");
  }

  private static FileTree read(Path caseDir) {
    var tree = FileTree.builder();
    if (!Files.isDirectory(caseDir)) {
      return tree.build();
    }
    for (Path file : files(caseDir)) {
      try {
        tree.add(caseDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
            Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tree.build();
  }

  /** Deletes everything in {@code caseDir}, then writes {@code tree} there. */
  private static void rewrite(Path caseDir, FileTree tree) {
    try {
      if (Files.isDirectory(caseDir)) {
        try (Stream<Path> walk = Files.walk(caseDir)) {
          for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
            if (!path.equals(caseDir)) {
              Files.delete(path);
            }
          }
        }
      }
      for (String path : tree.paths()) {
        Path file = caseDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, tree.bytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
