package dev.kubeforge.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a directory differs from the tree that should be in it, from the directory's side: files the
 * tree would add, files whose bytes it would change, and owned files it would remove.
 */
public final class FileTreeDiff {

  private final FileTree expected;
  private final Map<String, String> onDisk;
  private final List<String> added;
  private final List<String> changed;
  private final List<String> removed;

  private FileTreeDiff(FileTree expected, Map<String, String> onDisk, List<String> added,
      List<String> changed, List<String> removed) {
    this.expected = expected;
    this.onDisk = onDisk;
    this.added = List.copyOf(added);
    this.changed = List.copyOf(changed);
    this.removed = List.copyOf(removed);
  }

  /** Compares {@code directory} with {@code expected}; files the generator does not own are ignored. */
  public static FileTreeDiff between(FileTree expected, Path directory) throws IOException {
    var added = new ArrayList<String>();
    var changed = new ArrayList<String>();
    var onDisk = new TreeMap<String, String>();
    for (String path : expected.paths()) {
      var file = directory.resolve(path);
      if (!Files.isRegularFile(file)) {
        added.add(path);
      } else if (!expected.sameContent(path, Files.readAllBytes(file))) {
        changed.add(path);
        onDisk.put(path, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    var removed = new ArrayList<String>();
    for (String path : FileTreeWriter.index(directory)) {
      if (!expected.contains(path) && Files.isRegularFile(directory.resolve(path))) {
        removed.add(path);
        onDisk.put(path, Files.readString(directory.resolve(path), StandardCharsets.UTF_8));
      }
    }
    return new FileTreeDiff(expected, onDisk, added, changed, removed);
  }

  /** Whether the directory already holds the tree. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /** Files the tree holds and the directory does not, sorted. */
  public List<String> added() {
    return added;
  }

  /** Files whose bytes differ, sorted. */
  public List<String> changed() {
    return changed;
  }

  /** Owned files the tree no longer holds, sorted. */
  public List<String> removed() {
    return removed;
  }

  /** One line, such as {@code 1 changed, 2 added, 1 removed}, or {@code no differences}. */
  public String summary() {
    var parts = new ArrayList<String>();
    if (!changed.isEmpty()) {
      parts.add(changed.size() + " changed");
    }
    if (!added.isEmpty()) {
      parts.add(added.size() + " added");
    }
    if (!removed.isEmpty()) {
      parts.add(removed.size() + " removed");
    }
    return parts.isEmpty() ? "no differences" : String.join(", ", parts);
  }

  /**
   * A unified diff from the directory to the tree, file by file, cut after {@code maxLines} lines; a
   * last line then says how many lines and files were left out.
   */
  public String format(int maxLines) {
    var lines = new ArrayList<String>();
    var files = new ArrayList<String>();
    files.addAll(changed);
    files.addAll(added);
    files.addAll(removed);
    files.sort(null);
    int filesShown = 0;
    for (String path : files) {
      if (lines.size() >= maxLines) {
        break;
      }
      var before = lines(onDisk.getOrDefault(path, ""));
      var after = expected.contains(path) ? lines(expected.text(path)) : List.<String>of();
      var patch = DiffUtils.diff(before, after);
      lines.addAll(UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before, patch, 3));
      filesShown++;
    }
    var text = new StringBuilder();
    for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
      text.append(lines.get(i)).append('\n');
    }
    if (lines.size() > maxLines || filesShown < files.size()) {
      text.append("... diff cut after ").append(maxLines).append(" lines");
      if (filesShown < files.size()) {
        text.append("; also differs: ").append(files.size() - filesShown).append(" other files");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static List<String> lines(String text) {
    var lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // what follows the last line end
    }
    return lines;
  }
}
