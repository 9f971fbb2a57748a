package dev.kubeforge.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small trees and directory listings for the output tests. */
final class Trees {

  /** The first line of every index, spelled out so that a change to it shows in the tests. */
  static final String INDEX_HEADER =
      "# Files Kubeforge generated in this directory; it deletes only these. Commit this index with them.\n";

  private Trees() {}

  /** A tree of UTF-8 files, given as path, text, path, text, ... */
  static FileTree of(String... pathsAndTexts) {
    var tree = FileTree.builder();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      tree.add(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return tree.build();
  }

  /** One of two trees that overlap in one path and differ in the others, for the concurrency tests. */
  static FileTree variant(String name) {
    return switch (name) {
      case "a" -> of("shared.yaml", "a\n", "only-a/x.yaml", "x\n", "deep/only-a/y.yaml", "y\n");
      case "b" -> of("shared.yaml", "b\n", "only-b.yaml", "b\n");
      default -> throw new IllegalArgumentException("no variant " + name);
    };
  }

  /**
   * A tree of {@code files} files in nested folders, for the fault tests. Variants {@code a} and
   * {@code b} share most paths with other bytes (and other lengths), and each has paths of its own, so a
   * sync from one to the other rewrites, adds and deletes files.
   */
  static FileTree large(String variant, int files) {
    var tree = FileTree.builder();
    for (int i = 0; i < files; i++) {
      boolean own = i % 10 == 0;
      var folder = "kubernetes/ns-" + (i % 7) + (i % 3 == 0 ? "/deep/er" : "");
      var path = folder + "/" + (own ? variant + "-only-" : "object-") + i + ".yaml";
      var text = new StringBuilder();
      int lines = 20 + (i * 7 + (variant.equals("a") ? 0 : 13)) % 60;
      for (int line = 0; line < lines; line++) {
        text.append("# ").append(variant).append(' ').append(i).append(" line ").append(line).append('\n');
      }
      tree.add(path, text.toString());
    }
    return tree.build();
  }

  /** Every regular file below {@code directory}, as sorted '/'-separated relative paths. */
  static List<String> filesIn(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
