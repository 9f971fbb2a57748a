package dev.kubeforge.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The index of the files the generator owns in an output directory: {@value #NAME}, UTF-8, a one-line
 * {@code #} header, then one sorted relative path a line. It is committed with the generated files, so
 * a fresh clone knows which files the generator may rewrite and delete.
 */
final class FileIndex {

  /** The index's file name, at the top of the output directory. */
  static final String NAME = ".kubeforge-index";

  private static final String HEADER =
      "# Files Kubeforge generated in this directory; it deletes only these. Commit this index with them.\n";

  private FileIndex() {}

  /** Throws {@link IllegalArgumentException} when {@code tree} has a file where the index goes. */
  static void checkAbsent(FileTree tree) {
    if (tree.contains(NAME)) {
      throw new IllegalArgumentException(
          NAME + " is the generator's index of the files it owns; the tree cannot hold a file there");
    }
  }

  /** The bytes of an index listing {@code paths}, sorted. */
  static byte[] render(Collection<String> paths) {
    var text = new StringBuilder(HEADER);
    for (String path : new TreeSet<>(paths)) {
      text.append(path).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The paths listed in {@code directory}'s index; none when there is no index. Blank lines, {@code #}
   * lines and a trailing CR (a checkout with CRLF line ends) are ignored.
   *
   * @throws IOException when a line is not a relative path inside the directory: a tampered index must
   *     not make the generator delete files elsewhere
   */
  static SortedSet<String> read(Path directory) throws IOException {
    Path file = directory.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Collections.emptySortedSet();
    }
    var paths = new TreeSet<String>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String path = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (path.isBlank() || path.startsWith("#") || path.equals(NAME)) {
        continue;
      }
      try {
        FileTree.Builder.checkPath(path);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + number + ": " + e.getMessage()
            + "; fix or delete the index (the generator then owns only the files it writes next)", e);
      }
      paths.add(path);
    }
    return Collections.unmodifiableSortedSet(paths);
  }
}
