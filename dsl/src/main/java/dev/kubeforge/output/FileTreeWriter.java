package dev.kubeforge.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a {@link FileTree} to a directory: each changed file atomically, unchanged files not at all,
 * and deletes only the files that the previous generation wrote (listed in the directory's index).
 */
public final class FileTreeWriter {

  /** The index of owned files, one relative path a line, at the root of the directory. */
  static final String INDEX = ".kubeforge-index";

  private FileTreeWriter() {}

  /** Makes {@code directory} hold exactly the tree's files, beside any file the generator does not own. */
  public static SyncResult sync(FileTree tree, Path directory) throws IOException {
    Files.createDirectories(directory);
    var written = new ArrayList<String>();
    var unchanged = new ArrayList<String>();
    for (String path : tree.paths()) {
      var target = directory.resolve(path);
      if (Files.isRegularFile(target) && tree.sameContent(path, Files.readAllBytes(target))) {
        unchanged.add(path);
        continue;
      }
      Files.createDirectories(target.getParent());
      var temporary = target.resolveSibling("." + target.getFileName() + ".kubeforge-tmp");
      Files.write(temporary, tree.bytes(path));
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written.add(path);
    }
    var deleted = new ArrayList<String>();
    for (String path : index(directory)) {
      if (!tree.contains(path) && Files.deleteIfExists(directory.resolve(path))) {
        deleted.add(path);
        deleteEmptyParents(directory, directory.resolve(path).getParent());
      }
    }
    var index = String.join("\n", tree.paths()) + "\n";
    var indexFile = directory.resolve(INDEX);
    if (!Files.isRegularFile(indexFile)
        || !Arrays.equals(Files.readAllBytes(indexFile), index.getBytes(StandardCharsets.UTF_8))) {
      Files.writeString(indexFile, index, StandardCharsets.UTF_8);
    }
    return new SyncResult(written, deleted, unchanged);
  }

  /** The paths the last sync wrote into {@code directory}, sorted; empty when there is no index. */
  static List<String> index(Path directory) throws IOException {
    var indexFile = directory.resolve(INDEX);
    if (!Files.isRegularFile(indexFile)) {
      return List.of();
    }
    var paths = new TreeSet<String>();
    for (String line : Files.readAllLines(indexFile, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        paths.add(line.strip());
      }
    }
    return List.copyOf(paths);
  }

  private static void deleteEmptyParents(Path root, Path folder) throws IOException {
    for (Path current = folder; !current.equals(root); current = current.getParent()) {
      try (var entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(current);
    }
  }
}
