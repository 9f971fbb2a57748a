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
