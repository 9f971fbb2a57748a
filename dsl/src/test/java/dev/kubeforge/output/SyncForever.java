package dev.kubeforge.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child JVM for {@link FileTreeWriterFaultTest}: syncs the two {@linkplain Trees#large large trees}
 * into a directory, one after the other, until it is killed. It prints {@code syncing} once it starts;
 * given a delay in microseconds, it halts itself ({@link Runtime#halt}) that long after.
 */
final class SyncForever {

  private SyncForever() {}

  /** Arguments: directory, files per tree, halt delay in microseconds or -1 to wait for the kill. */
  public static void main(String[] args) throws IOException {
    var directory = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    long haltAfter = Long.parseLong(args[2]);
    var trees = new FileTree[] {Trees.large("b", files), Trees.large("a", files)};
    System.out.println("syncing");
    System.out.flush();
    if (haltAfter >= 0) {
      var halt = new Thread(() -> {
        long until = System.nanoTime() + haltAfter * 1000;
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        Runtime.getRuntime().halt(9);
      });
      halt.setDaemon(true);
      halt.start();
    }
    for (int i = 0; ; i++) {
      FileTreeWriter.sync(trees[i % 2], directory);
    }
  }
}
