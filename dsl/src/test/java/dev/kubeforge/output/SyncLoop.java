package dev.kubeforge.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Syncs a {@linkplain Trees#variant variant} into a directory again and again, every other time the
 * empty tree (so files come and go), ending with the variant. {@link FileTreeWriterTest} runs it in
 * threads and, through {@link #main}, in separate JVMs.
 */
final class SyncLoop {

  private SyncLoop() {}

  /** Arguments: directory, variant, count. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
  }

  static void run(Path directory, String variant, int count) throws IOException {
    FileTree tree = Trees.variant(variant);
    for (int i = count; i > 0; i--) {
      FileTreeWriter.sync(i % 2 == 1 ? tree : FileTree.empty(), directory);
    }
  }
}
