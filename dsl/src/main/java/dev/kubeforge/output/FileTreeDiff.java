package dev.kubeforge.output;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differences between the files the definitions produce and the files there are: the {@code check}
 * and {@code diff} side of the pipeline. Paths are relative, {@code /}-separated and sorted.
 *
 * <p>Compared with a directory, the index {@code .kubeforge-index} counts as one of the produced files,
 * so an empty diff means that {@link FileTreeWriter#sync} would change nothing.
 */
public final class FileTreeDiff {

  private final FileTree expected;
  private final FileTree actual;
  private final List<String> added = new ArrayList<>();
  private final List<String> changed = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  /** Every differing path, sorted, to its git-status letter. */
  private final SortedMap<String, Character> all = new TreeMap<>();

  private FileTreeDiff(FileTree expected, FileTree actual) {
    this.expected = expected;
    this.actual = actual;
    var paths = new TreeSet<>(expected.paths());
    paths.addAll(actual.paths());
    for (String path : paths) {
      if (!actual.contains(path)) {
        added.add(path);
        all.put(path, 'A');
      } else if (!expected.contains(path)) {
        removed.add(path);
        all.put(path, 'D');
      } else if (!expected.sameContent(path, actual.bytes(path))) {
        changed.add(path);
        all.put(path, 'M');
      }
    }
  }

  /**
   * Compares what the definitions produce ({@code expected}, plus the index listing its paths) with
   * what is on disk in {@code directory}. A missing directory counts as empty. Only files the on-disk
   * index lists can be {@linkplain #removed() removed}; other files in the directory are not read.
   *
   * @throws IllegalArgumentException when {@code expected} holds a file named like the index
   * @throws IOException when a file cannot be read or the index lists a path outside the directory
   */
  public static FileTreeDiff between(FileTree expected, Path directory) throws IOException {
    requireNonNull(expected, "expected");
    requireNonNull(directory, "directory");
    FileIndex.checkAbsent(expected);
    var produced = expected.plus(FileTree.builder()
        .add(FileIndex.NAME, FileIndex.render(expected.paths()))
        .build());
    var onDisk = FileTree.builder();
    if (Files.isDirectory(directory)) {
      var paths = new TreeSet<>(produced.paths());
      paths.addAll(FileIndex.read(directory));
      for (String path : paths) {
        Path file = directory.resolve(path);
        if (Files.isRegularFile(file)) {
          onDisk.add(path, Files.readAllBytes(file));
        }
      }
    }
    return new FileTreeDiff(produced, onDisk.build());
  }

  /**
   * Compares two trees in memory: {@code expected} is what should be, {@code actual} what is. Every
   * file of {@code actual} that {@code expected} lacks is {@linkplain #removed() removed}.
   */
  public static FileTreeDiff between(FileTree expected, FileTree actual) {
    return new FileTreeDiff(requireNonNull(expected, "expected"), requireNonNull(actual, "actual"));
  }

  /**
   * How many files were expected: compared with a directory, the tree's files and the index of owned
   * files beside them.
   */
  public int expectedFiles() {
    return expected.size();
  }

  /** Whether there is no difference. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Files that are expected but missing. */
  public List<String> added() {
    return List.copyOf(added);
  }

  /** Files that exist with other bytes than expected. */
  public List<String> changed() {
    return List.copyOf(changed);
  }

  /** Files that exist (and, on disk, are owned) but are no longer expected. */
  public List<String> removed() {
    return List.copyOf(removed);
  }

  /**
   * A count, then a line a file in path order with a git-status letter ({@code A}, {@code M},
   * {@code D}):
   * <pre>
   * 3 files differ: 1 added, 1 changed, 1 removed
   *   A kubernetes/web/service-site.yaml
   *   M kubernetes/web/deployment-site.yaml
   *   D kubernetes/web/ingress-site.yaml
   * </pre>
   * {@code no files differ} when the diff is empty. No trailing newline.
   */
  public String summary() {
    return String.join("\n", summaryLines());
  }

  /**
   * The {@linkplain #summary() summary}, then a unified diff per file ({@code a/} is what is,
   * {@code b/} what is expected), at most {@code maxLines} lines in all. A file's diff that does not fit
   * is cut with a line {@code ... (N more lines that didn't fit)}; the files whose diff did not start
   * are then counted in a last line {@code also differs: N other files}. No trailing newline.
   */
  public String format(int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be >= 1, was " + maxLines);
    }
    var out = new ArrayList<String>();
    appendCapped(out, summaryLines(), maxLines);
    int shown = 0;
    for (String path : all.keySet()) {
      if (out.size() >= maxLines) {
        break;
      }
      shown++;
      appendCapped(out, UnifiedDiff.lines(path, bytesOrNull(actual, path), bytesOrNull(expected, path)),
          maxLines);
    }
    int others = all.size() - shown;
    if (others > 0) {
      out.add("also differs: " + others + (others == 1 ? " other file" : " other files"));
    }
    return String.join("\n", out);
  }

  @Override
  public String toString() {
    return summary();
  }

  /** The non-zero counts on one line, such as {@code 1 added, 2 changed}; {@code no files differ} when empty. */
  public String counts() {
    if (all.isEmpty()) {
      return "no files differ";
    }
    var counts = new ArrayList<String>(3);
    if (!added.isEmpty()) {
      counts.add(added.size() + " added");
    }
    if (!changed.isEmpty()) {
      counts.add(changed.size() + " changed");
    }
    if (!removed.isEmpty()) {
      counts.add(removed.size() + " removed");
    }
    return String.join(", ", counts);
  }

  private List<String> summaryLines() {
    if (all.isEmpty()) {
      return List.of("no files differ");
    }
    var lines = new ArrayList<String>(all.size() + 1);
    lines.add(all.size() + (all.size() == 1 ? " file differs: " : " files differ: ") + counts());
    all.forEach((path, letter) -> lines.add("  " + letter + " " + path));
    return lines;
  }

  /** Appends {@code lines} to {@code out} while {@code out} has fewer than {@code maxLines}. */
  private static void appendCapped(List<String> out, List<String> lines, int maxLines) {
    int room = maxLines - out.size();
    if (lines.size() <= room) {
      out.addAll(lines);
      return;
    }
    out.addAll(lines.subList(0, room - 1));
    out.add("... (" + (lines.size() - room + 1) + " more lines that didn't fit)");
  }

  private static byte[] bytesOrNull(FileTree tree, String path) {
    return tree.contains(path) ? tree.bytes(path) : null;
  }
}
