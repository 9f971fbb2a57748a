package dev.kubeforge.output;

import static dev.kubeforge.output.Trees.INDEX_HEADER;
import static dev.kubeforge.output.Trees.filesIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeWriterTest {

  /** A timestamp no sync can produce: a rewritten file no longer has it. */
  private static final FileTime PAST = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path dir;

  @Test
  void writesTheTreeAndItsIndexIntoANewDirectory() throws IOException {
    Path generated = dir.resolve("generated");

    var result = FileTreeWriter.sync(Trees.of(
        "prod/kubernetes/web/deployment-site.yaml", "kind: Deployment\n",
        "prod/README.md", "# prod\n"), generated);

    assertEquals(new SyncResult(
        List.of(".kubeforge-index", "prod/README.md", "prod/kubernetes/web/deployment-site.yaml"),
        List.of(), List.of()), result);
    assertFalse(result.changedNothing());
    assertEquals(List.of(".kubeforge-index", "prod/README.md", "prod/kubernetes/web/deployment-site.yaml"),
        filesIn(generated));
    assertEquals("kind: Deployment\n",
        Files.readString(generated.resolve("prod/kubernetes/web/deployment-site.yaml")));
    assertEquals(INDEX_HEADER + """
        prod/README.md
        prod/kubernetes/web/deployment-site.yaml
        """, Files.readString(generated.resolve(".kubeforge-index")));
  }

  @Test
  void aSecondSyncOfTheSameTreeWritesNothing() throws IOException {
    var tree = Trees.of("a.yaml", "a\n", "sub/b.yaml", "b\n");
    FileTreeWriter.sync(tree, dir);
    agePastEveryFile();

    var result = FileTreeWriter.sync(tree, dir);

    assertEquals(new SyncResult(List.of(), List.of(), List.of(".kubeforge-index", "a.yaml", "sub/b.yaml")),
        result);
    assertTrue(result.changedNothing());
    for (String path : filesIn(dir)) {
      assertEquals(PAST, Files.getLastModifiedTime(dir.resolve(path)), path);
    }
  }

  @Test
  void rewritesOnlyTheChangedFile() throws IOException {
    FileTreeWriter.sync(Trees.of("a.yaml", "a\n", "b.yaml", "b\n", "c.yaml", "c\n"), dir);
    agePastEveryFile();

    var result = FileTreeWriter.sync(Trees.of("a.yaml", "a\n", "b.yaml", "b2\n", "c.yaml", "c\n"), dir);

    assertEquals(new SyncResult(List.of("b.yaml"), List.of(), List.of(".kubeforge-index", "a.yaml", "c.yaml")),
        result);
    assertEquals("b2\n", Files.readString(dir.resolve("b.yaml")));
    assertNotEquals(PAST, Files.getLastModifiedTime(dir.resolve("b.yaml")));
    for (String path : List.of(".kubeforge-index", "a.yaml", "c.yaml")) {
      assertEquals(PAST, Files.getLastModifiedTime(dir.resolve(path)), path);
    }
  }

  @Test
  void deletesStaleOwnedFilesAndTheDirectoriesTheyLeaveEmptyButNothingElse() throws IOException {
    FileTreeWriter.sync(Trees.of(
        "old/deep/x.yaml", "x\n",
        "app/y.yaml", "y\n",
        "app/z.yaml", "z\n"), dir);
    Files.writeString(dir.resolve("app/README.md"), "written by hand\n");
    Files.createDirectories(dir.resolve("empty-by-hand"));
    Files.writeString(dir.resolve("notes.txt"), "also by hand\n");
    agePastEveryFile();

    var result = FileTreeWriter.sync(Trees.of("app/y.yaml", "y\n"), dir);

    assertEquals(new SyncResult(List.of(".kubeforge-index"), List.of("app/z.yaml", "old/deep/x.yaml"),
        List.of("app/y.yaml")), result);
    assertEquals(List.of(".kubeforge-index", "app/README.md", "app/y.yaml", "notes.txt"), filesIn(dir));
    assertFalse(Files.exists(dir.resolve("old")));
    assertTrue(Files.isDirectory(dir.resolve("empty-by-hand")));
    assertEquals("written by hand\n", Files.readString(dir.resolve("app/README.md")));
    assertEquals(PAST, Files.getLastModifiedTime(dir.resolve("app/README.md")));
    assertEquals(PAST, Files.getLastModifiedTime(dir.resolve("notes.txt")));
    assertEquals(INDEX_HEADER + "app/y.yaml\n", Files.readString(dir.resolve(".kubeforge-index")));
  }

  @Test
  void takesOverAFileItDidNotWriteWhereTheTreeHasOne() throws IOException {
    Files.createDirectories(dir.resolve("prod"));
    Files.writeString(dir.resolve("prod/app.yaml"), "from an earlier tool\n");
    Files.writeString(dir.resolve("prod/README.md"), "by hand\n");

    var first = FileTreeWriter.sync(Trees.of("prod/app.yaml", "generated\n"), dir);
    var second = FileTreeWriter.sync(FileTree.empty(), dir);

    assertEquals(new SyncResult(List.of(".kubeforge-index", "prod/app.yaml"), List.of(), List.of()), first);
    assertEquals(new SyncResult(List.of(".kubeforge-index"), List.of("prod/app.yaml"), List.of()), second);
    assertEquals(List.of(".kubeforge-index", "prod/README.md"), filesIn(dir));
    assertEquals(INDEX_HEADER, Files.readString(dir.resolve(".kubeforge-index")));
  }

  @Test
  void rewritesAnIndexThatWasEditedByHand() throws IOException {
    FileTreeWriter.sync(Trees.of("a.yaml", "a\n"), dir);
    Files.writeString(dir.resolve(".kubeforge-index"), "a.yaml\r\n\r\n");

    var result = FileTreeWriter.sync(Trees.of("a.yaml", "a\n"), dir);

    assertEquals(new SyncResult(List.of(".kubeforge-index"), List.of(), List.of("a.yaml")), result);
    assertEquals(INDEX_HEADER + "a.yaml\n", Files.readString(dir.resolve(".kubeforge-index")));
  }

  @Test
  void turnsAFileIntoADirectoryAndBack() throws IOException {
    FileTreeWriter.sync(Trees.of("a", "file\n"), dir);

    var toDirectory = FileTreeWriter.sync(Trees.of("a/b", "nested\n"), dir);
    assertEquals(List.of(".kubeforge-index", "a/b"), filesIn(dir));
    var toFile = FileTreeWriter.sync(Trees.of("a", "file again\n"), dir);

    assertEquals(new SyncResult(List.of(".kubeforge-index", "a/b"), List.of("a"), List.of()), toDirectory);
    assertEquals(new SyncResult(List.of(".kubeforge-index", "a"), List.of("a/b"), List.of()), toFile);
    assertEquals(List.of(".kubeforge-index", "a"), filesIn(dir));
    assertEquals("file again\n", Files.readString(dir.resolve("a")));
  }

  @Test
  void refusesAnIndexThatPointsOutsideTheDirectory() throws IOException {
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Files.writeString(dir.resolve("outside.yaml"), "not the generator's\n");
    Files.writeString(generated.resolve(".kubeforge-index"), INDEX_HEADER + "../outside.yaml\n");

    var e = assertThrows(IOException.class, () -> FileTreeWriter.sync(FileTree.empty(), generated));

    assertEquals(generated.resolve(".kubeforge-index") + " line 2: not a relative '/'-separated file path:"
        + " '../outside.yaml'; fix or delete the index (the generator then owns only the files it writes"
        + " next)", e.getMessage());
    assertTrue(Files.exists(dir.resolve("outside.yaml")));
  }

  @Test
  void refusesATreeWithAFileWhereTheIndexGoes() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> FileTreeWriter.sync(Trees.of(".kubeforge-index", "mine\n"), dir));

    assertEquals(".kubeforge-index is the generator's index of the files it owns; the tree cannot hold a file"
        + " there", e.getMessage());
    assertEquals(List.of(), filesIn(dir));
  }

  @Test
  void aDirectoryInTheWayFailsTheSyncWithoutLeavingTemporaryFiles() throws IOException {
    Files.createDirectories(dir.resolve("b.yaml"));
    Files.writeString(dir.resolve("b.yaml/by-hand.txt"), "by hand\n");

    var e = assertThrows(IOException.class,
        () -> FileTreeWriter.sync(Trees.of("a.yaml", "a\n", "b.yaml", "b\n"), dir));

    assertEquals("cannot write " + dir.resolve("b.yaml") + ": a directory is in the way", e.getMessage());
    // found while staging, before anything is moved into place: a.yaml and the index were not written.
    assertEquals(List.of("b.yaml/by-hand.txt"), filesIn(dir));
  }

  @Test
  void aReaderSeesTheOldOrTheNewFileNeverAMixture() throws Exception {
    byte[] as = new byte[1 << 20];
    byte[] bs = new byte[1 << 20];
    Arrays.fill(as, (byte) 'a');
    Arrays.fill(bs, (byte) 'b');
    FileTree treeA = FileTree.builder().add("big.txt", as).build();
    FileTree treeB = FileTree.builder().add("big.txt", bs).build();
    FileTreeWriter.sync(treeA, dir);
    Path big = dir.resolve("big.txt");
    var done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      Future<Integer> reads = pool.submit(() -> {
        int count = 0;
        while (!done.get()) {
          byte[] seen = Files.readAllBytes(big);
          count++;
          if (!Arrays.equals(seen, as) && !Arrays.equals(seen, bs)) {
            throw new AssertionError("read a half-written file of " + seen.length + " bytes");
          }
        }
        return count;
      });
      for (int i = 0; i < 40; i++) {
        FileTreeWriter.sync(i % 2 == 0 ? treeB : treeA, dir);
      }
      done.set(true);
      assertTrue(reads.get() > 0);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(".kubeforge-index", "big.txt"), filesIn(dir));
  }

  @Test
  void twoThreadsSyncingTheSameDirectoryEndInOneWholeTree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var start = new CountDownLatch(1);
      var runs = new ArrayList<Future<Void>>();
      for (String variant : List.of("a", "b")) {
        Callable<Void> run = () -> {
          start.await();
          SyncLoop.run(dir, variant, 41);
          return null;
        };
        runs.add(pool.submit(run));
      }
      start.countDown();
      for (Future<Void> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertHoldsOneVariant(dir);
  }

  @Test
  void twoProcessesSyncingTheSameDirectoryEndInOneWholeTree() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    var processes = new ArrayList<Process>();
    for (String variant : List.of("a", "b")) {
      processes.add(new ProcessBuilder(java, "-cp", classpath, SyncLoop.class.getName(),
              dir.toString(), variant, "41")
          .redirectErrorStream(true)
          .start());
    }
    for (Process process : processes) {
      String output = new String(process.getInputStream().readAllBytes());
      assertEquals(0, process.waitFor(), output);
    }
    assertHoldsOneVariant(dir);
  }

  @Test
  void keepsTheBytesAsGiven() throws IOException {
    byte[] bytes = {'a', '\r', '\n', 0, (byte) 0xff, 'b'};
    FileTreeWriter.sync(FileTree.builder().add("raw.bin", bytes).build(), dir);

    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("raw.bin")));
  }

  /** The directory holds exactly one variant and its index: no stray, half-written or temporary file. */
  private static void assertHoldsOneVariant(Path directory) throws IOException {
    var a = FileTreeDiff.between(Trees.variant("a"), directory);
    var b = FileTreeDiff.between(Trees.variant("b"), directory);
    assertTrue(a.isEmpty() || b.isEmpty(), () -> "neither tree:\n" + a.format(50) + "\n" + b.format(50));
    var paths = new ArrayList<>(Trees.variant(a.isEmpty() ? "a" : "b").paths());
    paths.add(0, ".kubeforge-index");
    assertEquals(paths, filesIn(directory));
  }

  private void agePastEveryFile() throws IOException {
    for (String path : filesIn(dir)) {
      Files.setLastModifiedTime(dir.resolve(path), PAST);
    }
  }
}
