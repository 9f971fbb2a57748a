package dev.kubeforge.output;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a {@link FileTree} to disk: the {@code generate} side of the pipeline.
 *
 * <p>The directory holds an index, {@code .kubeforge-index}, of the files the generator owns; it is
 * meant to be committed with them. A sync
 * <ul>
 *   <li>writes only files whose bytes differ, each to a temporary file in the same directory moved into
 *       place atomically, so a crash never leaves a half-written file and an unchanged file keeps its
 *       timestamp;
 *   <li>deletes the files the previous index listed that the tree no longer has, and the directories
 *       those deletions leave empty, and touches nothing else: a hand-written README beside the
 *       generated files survives;
 *   <li>takes over a file that is not in the index but sits where the tree has one: it is overwritten
 *       and from then on owned, as {@code kubectl apply} adopts an object. Refusing would block the
 *       first run on a directory that already holds the files;
 *   <li>holds a lock on the directory (a file in {@code java.io.tmpdir}, never in the directory), so
 *       two runs on the same directory cannot interleave.
 * </ul>
 * Before writing anything, the index is extended with the tree's new paths, and it is cut down to the
 * tree's paths last; a run interrupted in between leaves every file it wrote listed, so the next run
 * still cleans up after it.
 */
public final class FileTreeWriter {

  private FileTreeWriter() {}

  /**
   * Makes {@code directory} hold exactly {@code tree}'s files among those the generator owns, creating
   * the directory if needed.
   *
   * @throws IllegalArgumentException when the tree holds a file named like the index
   * @throws IOException when a file cannot be read or written, a directory stands where the tree has a
   *     file, or the index lists a path outside the directory
   */
  public static SyncResult sync(FileTree tree, Path directory) throws IOException {
    requireNonNull(tree, "tree");
    requireNonNull(directory, "directory");
    FileIndex.checkAbsent(tree);
    Files.createDirectories(directory);
    try (var lock = DirectoryLock.acquire(directory)) {
      return syncLocked(tree, directory);
    }
  }

  /**
   * The files the generator owns in {@code directory}, as its index lists them (relative paths with
   * {@code /}, sorted); none when the directory has no index.
   *
   * @throws IOException when the index cannot be read or lists a path outside the directory
   */
  public static SortedSet<String> ownedFiles(Path directory) throws IOException {
    return FileIndex.read(requireNonNull(directory, "directory"));
  }

  private static SyncResult syncLocked(FileTree tree, Path directory) throws IOException {
    var written = new ArrayList<String>();
    var deleted = new ArrayList<String>();
    var unchanged = new ArrayList<String>();
    SortedSet<String> owned = FileIndex.read(directory);
    Path index = directory.resolve(FileIndex.NAME);
    boolean extended = !owned.containsAll(tree.paths());
    if (extended) {
      var ownedDuringSync = new TreeSet<>(owned);
      ownedDuringSync.addAll(tree.paths());
      writeAtomically(index, FileIndex.render(ownedDuringSync));
    }
    for (String path : owned) {
      if (!tree.contains(path) && deleteOwned(directory, path)) {
        deleted.add(path);
      }
    }
    for (String path : tree.paths()) {
      byte[] content = tree.bytes(path);
      (write(directory.resolve(path), content) ? written : unchanged).add(path);
    }
    boolean cut = write(index, FileIndex.render(tree.paths()));
    (extended || cut ? written : unchanged).add(FileIndex.NAME);
    return new SyncResult(written, deleted, unchanged);
  }

  /** Writes {@code content} to {@code file} unless it already holds exactly those bytes. */
  private static boolean write(Path file, byte[] content) throws IOException {
    if (holds(file, content)) {
      return false;
    }
    if (Files.isDirectory(file)) {
      throw new IOException("cannot write " + file + ": a directory is in the way");
    }
    Files.createDirectories(file.getParent());
    writeAtomically(file, content);
    return true;
  }

  private static boolean holds(Path file, byte[] content) throws IOException {
    return Files.isRegularFile(file)
        && Files.size(file) == content.length
        && Arrays.equals(Files.readAllBytes(file), content);
  }

  /**
   * Writes a temporary file beside {@code file} and moves it over {@code file}: atomically where the
   * file system can, otherwise with a plain replacing move. Readers and a killed run see the old or the
   * new file, never a part. The file is not forced to the disk: fsync doubled the time of a first sync
   * of 1000 files, and after a power loss the files are regenerated from the definitions anyway.
   */
  private static void writeAtomically(Path file, byte[] content) throws IOException {
    while (true) {
      Path temp = file.resolveSibling(
          ".kubeforge-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      // One open per file: creating the temporary file and writing it are the same call.
      try (var channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        var buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (FileAlreadyExistsException e) {
        continue; // another name
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      try {
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      return;
    }
  }

  /**
   * Deletes an owned file (a directory now standing there is no longer ours and stays), then every
   * directory above it that the deletion left empty. Whether a file was deleted.
   */
  private static boolean deleteOwned(Path directory, String path) throws IOException {
    Path file = directory.resolve(path);
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || !Files.deleteIfExists(file)) {
      return false;
    }
    for (Path parent = file.getParent(); !parent.equals(directory) && isEmpty(parent);
        parent = parent.getParent()) {
      Files.delete(parent);
    }
    return true;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }
}
