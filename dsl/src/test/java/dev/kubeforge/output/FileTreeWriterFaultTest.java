package dev.kubeforge.output;

import static dev.kubeforge.output.Trees.filesIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's promises under faults: a JVM killed while it syncs, concurrent syncs in several JVMs, a
 * full disk, a read-only folder, a file where a folder belongs and a symbolic link pointing outside.
 * Each test prints what it did ({@code fault test: ...}), and the counts are summed at the end.
 */
class FileTreeWriterFaultTest {

  /** Files per tree for the kill test: large enough that most kills land inside a sync. */
  private static final int FILES = 120;

  private static final int KILLS = 100;

  private static final Map<String, Integer> COUNTS = new LinkedHashMap<>();

  @TempDir Path dir;

  @AfterAll
  static void printCounts() {
    System.out.println("fault test counts: " + COUNTS);
  }

  private static synchronized void count(String what, int n) {
    COUNTS.merge(what, n, Integer::sum);
  }

  /** Foreign files, in the output's own folders too: no sync may touch them. */
  private static final Map<String, String> FOREIGN = Map.of(
      "README.local.md", "written by hand\n",
      "kubernetes/ns-1/notes.txt", "also by hand\n",
      "tools/script.sh", "#!/bin/sh\n");

  private static void writeForeign(Path directory) throws IOException {
    for (var file : FOREIGN.entrySet()) {
      Files.createDirectories(directory.resolve(file.getKey()).getParent());
      Files.writeString(directory.resolve(file.getKey()), file.getValue());
    }
  }

  @Test
  void aJvmKilledWhileSyncingLeavesWholeFilesAnIntactIndexAndTheNextRunRepairsTheTree() throws Exception {
    var a = Trees.large("a", FILES);
    var b = Trees.large("b", FILES);
    var clean = dir.resolve("clean");
    writeForeign(clean);
    FileTreeWriter.sync(a, clean);
    var expected = snapshot(clean);

    var temporaries = new AtomicInteger();
    var midSync = new AtomicInteger();
    ExecutorService lanes = Executors.newFixedThreadPool(2);
    try {
      var runs = new ArrayList<Future<?>>();
      for (int l = 0; l < 2; l++) {
        int lane = l;
        var out = dir.resolve("lane-" + lane);
        var random = new Random(lane);
        runs.add(lanes.submit(() -> {
          writeForeign(out);
          FileTreeWriter.sync(a, out);
          for (int kill = lane; kill < KILLS; kill += 2) {
            boolean halt = kill % 2 == 0; // lane 0 halts from inside, lane 1 is killed from outside
            // a cold JVM needs 0.1 to 0.2 s for its first sync of these trees, several times that on a loaded
            // machine, and then syncs again and again: kill within 0.6 s, so most kills land inside a sync
            var child = child(out, halt ? random.nextInt(600_000) : -1);
            if (!halt) {
              Thread.sleep(random.nextInt(600));
              child.destroyForcibly();
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end");
            var left = assertNoPartialFileAndAnIntactIndex(out, a, b);
            temporaries.addAndGet(left);
            if (left > 0 || !snapshot(out).equals(expected) && !isWhole(out, b)) {
              midSync.incrementAndGet();
            }
            FileTreeWriter.sync(a, out);
            assertEquals(expected, snapshot(out), "the run after kill " + kill + " did not repair the tree");
          }
          return null;
        }));
      }
      for (var run : runs) {
        run.get();
      }
    } finally {
      lanes.shutdownNow();
    }
    System.out.println("fault test: " + KILLS + " kills of a JVM syncing " + FILES + " files (half Runtime.halt,"
        + " half destroyForcibly), " + midSync.get() + " in the middle of a sync, " + temporaries.get()
        + " temporary files left behind and removed by the next run; " + KILLS + " repairs to the bytes of a clean run");
    count("kills", KILLS);
    count("killed mid-sync", midSync.get());
    count("repairs", KILLS);
    assertTrue(midSync.get() > KILLS / 4, "too few kills landed inside a sync: " + midSync.get());
  }

  /** A child JVM syncing the large trees, once it says it started. */
  private static Process child(Path directory, long haltAfterMicros) throws IOException {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), SyncForever.class.getName(),
        directory.toString(), String.valueOf(FILES), String.valueOf(haltAfterMicros))
        .redirectErrorStream(true)
        .start();
    var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    var first = reader.readLine();
    assertEquals("syncing", first, "the child failed to start");
    return process;
  }

  /**
   * Every file is a foreign one with its bytes, the index, a temporary file, or a file of one of the trees
   * with that tree's whole bytes and listed in the index. Returns the number of temporary files.
   */
  private static int assertNoPartialFileAndAnIntactIndex(Path out, FileTree a, FileTree b) throws IOException {
    var index = Files.readString(out.resolve(FileIndex.NAME));
    assertTrue(index.startsWith(Trees.INDEX_HEADER) && index.endsWith("\n"), "a torn index:\n" + index);
    var owned = FileTreeWriter.ownedFiles(out);
    int temporaries = 0;
    for (String path : filesIn(out)) {
      var name = path.substring(path.lastIndexOf('/') + 1);
      if (FOREIGN.containsKey(path)) {
        assertEquals(FOREIGN.get(path), Files.readString(out.resolve(path)), "a foreign file was changed");
      } else if (name.startsWith(".kubeforge-") && name.endsWith(".tmp")) {
        temporaries++;
        assertTrue(!owned.contains(path), "the index lists a temporary file");
      } else if (!path.equals(FileIndex.NAME)) {
        assertTrue(owned.contains(path), "a file the index does not list: " + path);
        var bytes = Files.readAllBytes(out.resolve(path));
        assertTrue(a.contains(path) && a.sameContent(path, bytes) || b.contains(path) && b.sameContent(path, bytes),
            "a partial file: " + path);
      }
    }
    for (String path : FOREIGN.keySet()) {
      assertTrue(Files.isRegularFile(out.resolve(path)), "a foreign file was deleted: " + path);
    }
    return temporaries;
  }

  private static boolean isWhole(Path out, FileTree tree) throws IOException {
    return FileTreeDiff.between(tree, out).isEmpty();
  }

  /** Every file below {@code directory} with its bytes, as text. */
  private static Map<String, String> snapshot(Path directory) throws IOException {
    var files = new LinkedHashMap<String, String>();
    for (String path : filesIn(directory)) {
      files.put(path, Files.readString(directory.resolve(path), StandardCharsets.ISO_8859_1));
    }
    return files;
  }

  @Test
  void twoAndFourJvmsSyncingOneDirectoryNeverInterleave() throws Exception {
    for (int jvms : new int[] {2, 4}) {
      var out = dir.resolve(jvms + "-jvms");
      writeForeign(out);
      var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var processes = new ArrayList<Process>();
      for (int i = 0; i < jvms; i++) {
        processes.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            SyncLoop.class.getName(), out.toString(), i % 2 == 0 ? "a" : "b", "41")
            .redirectErrorStream(true).start());
      }
      for (Process process : processes) {
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
      }
      var a = FileTreeDiff.between(Trees.variant("a"), out);
      var b = FileTreeDiff.between(Trees.variant("b"), out);
      assertTrue(a.isEmpty() || b.isEmpty(), () -> "neither tree:\n" + a.format(50) + "\n" + b.format(50));
      var paths = new ArrayList<String>(Trees.variant(a.isEmpty() ? "a" : "b").paths());
      paths.addAll(FOREIGN.keySet());
      paths.add(FileIndex.NAME);
      paths.sort(null);
      assertEquals(paths, filesIn(out));
      count("concurrent JVMs", jvms);
      count("concurrent syncs", jvms * 41);
      System.out.println("fault test: " + jvms + " JVMs, 41 syncs each, on one directory: one whole tree at the end");
    }
  }

  @Test
  void aSyncWaitsWhileAnotherHoldsTheDirectoryAndWritesNothingMeanwhile() throws Exception {
    var out = dir.resolve("held");
    Files.createDirectories(out);
    Process waiting;
    try (var lock = DirectoryLock.acquire(out)) {
      var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      waiting = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          SyncLoop.class.getName(), out.toString(), "a", "1").redirectErrorStream(true).start();
      // however long it runs while the lock is held, it writes nothing
      assertTrue(!waiting.waitFor(2, TimeUnit.SECONDS), "the sync did not wait for the lock");
      assertEquals(List.of(), filesIn(out));
    }
    assertEquals(0, waiting.waitFor());
    assertTrue(FileTreeDiff.between(Trees.variant("a"), out).isEmpty());
    count("waits for the lock", 1);
  }

  @Test
  void aFullDiskLeavesThePreviousTreeIntact() throws IOException {
    var before = Trees.large("a", 60);
    writeForeign(dir);
    FileTreeWriter.sync(before, dir);
    var expected = snapshot(dir);
    var written = new AtomicInteger();
    FileTreeWriter.Storage fillsUp = (channel, content) -> {
      if (written.incrementAndGet() > 25) {
        channel.write(java.nio.ByteBuffer.wrap(content, 0, content.length / 2));
        throw new IOException("No space left on device");
      }
      channel.write(java.nio.ByteBuffer.wrap(content));
    };
    var e = assertThrows(IOException.class,
        () -> FileTreeWriter.withStorage(fillsUp, () -> FileTreeWriter.sync(Trees.large("b", 80), dir)));
    assertEquals("No space left on device", e.getMessage());
    assertEquals(expected, snapshot(dir), "the previous tree was changed");
    FileTreeWriter.sync(Trees.large("b", 80), dir);
    assertTrue(isWhole(dir, Trees.large("b", 80)));
    count("full disks", 1);
  }

  @Test
  void aReadOnlyFolderIsAClearErrorAndThePreviousTreeStaysIntact() throws Exception {
    var before = Trees.large("a", 30);
    FileTreeWriter.sync(before, dir);
    var expected = snapshot(dir);
    var folder = dir.resolve("kubernetes/ns-3");
    boolean immutable = readOnly(folder, true);
    try {
      var e = assertThrows(IOException.class, () -> FileTreeWriter.sync(Trees.large("b", 30), dir));
      var after = Trees.large("b", 30);
      var first = after.paths().stream()
          .filter(p -> p.startsWith("kubernetes/ns-3/") && p.indexOf('/', "kubernetes/ns-3/".length()) < 0)
          .filter(p -> !before.contains(p) || !before.sameContent(p, after.bytes(p))).findFirst().orElseThrow();
      assertEquals("cannot write " + dir.resolve(first) + ": "
          + (immutable ? "Operation not permitted" : "permission denied"), e.getMessage());
    } finally {
      readOnly(folder, false);
    }
    assertEquals(expected, snapshot(dir), "the previous tree was changed");
    count("read-only folders", 1);
  }

  /** Makes a folder read-only: immutable when running as root (who ignores permissions), else by mode. */
  private static boolean readOnly(Path folder, boolean on) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      var chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", folder.toString()).inheritIO().start();
      assertEquals(0, chattr.waitFor(), "chattr failed");
      return true;
    }
    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
    return false;
  }

  @Test
  void aFileWhereTheTreeNeedsAFolderIsAClearErrorAndNothingIsWritten() throws IOException {
    Files.writeString(dir.resolve("kubernetes"), "a file by hand\n");
    var e = assertThrows(IOException.class, () -> FileTreeWriter.sync(Trees.of("a.yaml", "a\n",
        "kubernetes/web/app.yaml", "app\n"), dir));
    assertEquals("cannot write " + dir.resolve("kubernetes/web/app.yaml") + ": " + dir.resolve("kubernetes")
        + " is a file where a directory is needed; move it away (Kubeforge does not own it)", e.getMessage());
    assertEquals(List.of("kubernetes"), filesIn(dir));
    assertEquals("a file by hand\n", Files.readString(dir.resolve("kubernetes")));
    count("files in the way", 1);
  }

  @Test
  void aSymbolicLinkInsideTheOutputIsRefusedAndNothingOutsideIsWrittenOrDeleted() throws IOException {
    var out = Files.createDirectories(dir.resolve("out"));
    var outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("app.yaml"), "outside\n");
    FileTreeWriter.sync(Trees.of("kubernetes/app.yaml", "app\n"), out);
    Files.delete(out.resolve("kubernetes/app.yaml"));
    Files.delete(out.resolve("kubernetes"));
    Files.createSymbolicLink(out.resolve("kubernetes"), outside);

    var write = assertThrows(IOException.class,
        () -> FileTreeWriter.sync(Trees.of("kubernetes/app.yaml", "new\n"), out));
    var delete = assertThrows(IOException.class, () -> FileTreeWriter.sync(FileTree.empty(), out));

    var message = ": " + out.resolve("kubernetes") + " is a symbolic link (to " + outside + "), and Kubeforge writes"
        + " and deletes only inside " + out + "; replace the link by a directory or remove it";
    assertEquals("refusing to delete " + out.resolve("kubernetes/app.yaml") + message, write.getMessage());
    assertEquals("refusing to delete " + out.resolve("kubernetes/app.yaml") + message, delete.getMessage());
    assertEquals(List.of("app.yaml"), filesIn(outside));
    assertEquals("outside\n", Files.readString(outside.resolve("app.yaml")));

    var fresh = Files.createDirectories(dir.resolve("fresh"));
    Files.createSymbolicLink(fresh.resolve("kubernetes"), outside);
    var first = assertThrows(IOException.class,
        () -> FileTreeWriter.sync(Trees.of("kubernetes/other.yaml", "x\n"), fresh));
    assertEquals("refusing to write " + fresh.resolve("kubernetes/other.yaml") + ": " + fresh.resolve("kubernetes")
        + " is a symbolic link (to " + outside + "), and Kubeforge writes and deletes only inside " + fresh
        + "; replace the link by a directory or remove it", first.getMessage());
    assertEquals(List.of("app.yaml"), filesIn(outside));
    count("symbolic links refused", 3);
  }
}
