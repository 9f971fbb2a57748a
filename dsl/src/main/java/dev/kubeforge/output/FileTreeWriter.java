package dev.kubeforge.output;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * A sync runs in two phases. First every changed file is staged: written in full to its temporary file,
 * so a full disk or a read-only directory fails the sync while every file of the previous tree is still
 * intact (the temporaries are removed). Only then is the index extended with the tree's new paths, stale
 * owned files deleted, the staged files moved into place, and the index cut down to the tree's paths; a
 * run killed in between leaves every file it wrote listed, so the next run still cleans up after it, and
 * it removes the temporaries a killed run left. Before anything is staged, every path is checked: a
 * symbolic link inside the directory, or a file where the tree needs a directory, is an error that names
 * both, and nothing is written or deleted outside the directory.
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
    for (String path : owned) {
      requireInside(directory, path, false);
    }
    removeTemporaries(directory, owned, tree);
    // an owned file where the tree needs a directory, or below a file of the tree, goes first
    var treeFolders = new TreeSet<String>();
    for (String path : tree.paths()) {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        treeFolders.add(path.substring(0, slash));
      }
    }
    for (String path : owned) {
      if (!tree.contains(path) && (treeFolders.contains(path) || belowAFileOf(tree, path))
          && deleteOwned(directory, path)) {
        deleted.add(path);
      }
    }
    Path index = directory.resolve(FileIndex.NAME);
    var staged = new ArrayList<Staged>();
    var created = new ArrayList<Path>();
    try {
      for (String path : tree.paths()) {
        Path file = directory.resolve(path);
        byte[] content = tree.bytes(path);
        if (holds(file, content)) {
          unchanged.add(path);
          continue;
        }
        requireInside(directory, path, true);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("cannot write " + file + ": a directory is in the way");
        }
        createDirectories(directory, file.getParent(), created);
        staged.add(new Staged(path, file, stage(file, content)));
      }
      boolean extended = !owned.containsAll(tree.paths());
      if (extended) {
        var ownedDuringSync = new TreeSet<>(owned);
        ownedDuringSync.addAll(tree.paths());
        writeAtomically(index, FileIndex.render(ownedDuringSync));
      }
      for (String path : owned) {
        if (!tree.contains(path) && !deleted.contains(path) && deleteOwned(directory, path)) {
          deleted.add(path);
        }
      }
      for (Staged file : staged) {
        moveIntoPlace(file.temporary(), file.target());
        written.add(file.path());
      }
      staged.clear();
      boolean cut = write(index, FileIndex.render(tree.paths()));
      (extended || cut ? written : unchanged).add(FileIndex.NAME);
    } finally {
      for (Staged file : staged) {
        Files.deleteIfExists(file.temporary());
      }
      if (!staged.isEmpty()) {
        removeEmpty(created);
      }
    }
    return new SyncResult(written, deleted, unchanged);
  }

  private static boolean belowAFileOf(FileTree tree, String path) {
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (tree.contains(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /** A changed file written in full to its temporary file, not yet moved into place. */
  private record Staged(String path, Path target, Path temporary) {}

  /**
   * Throws when {@code path} would leave {@code directory}: a symbolic link on the way (it may point
   * anywhere), or, when {@code writing}, a file where the path needs a directory.
   */
  private static void requireInside(Path directory, String path, boolean writing) throws IOException {
    Path current = directory;
    var names = path.split("/");
    for (int i = 0; i < names.length; i++) {
      current = current.resolve(names[i]);
      boolean last = i == names.length - 1;
      if (Files.isSymbolicLink(current)) {
        throw new IOException("refusing to " + (writing ? "write " : "delete ") + directory.resolve(path) + ": "
            + current + " is a symbolic link (to " + Files.readSymbolicLink(current) + "), and Kubeforge writes"
            + " and deletes only inside " + directory + "; replace the link by a directory or remove it");
      }
      if (!last && writing && Files.exists(current, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("cannot write " + directory.resolve(path) + ": " + current
            + " is a file where a directory is needed; move it away (Kubeforge does not own it)");
      }
      if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
    }
  }

  /**
   * Deletes the temporary files ({@code .kubeforge-*.tmp}) a killed run left in the directories this
   * sync writes to or deletes from. Under the lock, no other run is writing any.
   */
  private static void removeTemporaries(Path directory, SortedSet<String> owned, FileTree tree) throws IOException {
    var folders = new TreeSet<Path>();
    folders.add(directory);
    for (var paths : List.of(owned, tree.paths())) {
      for (String path : paths) {
        folders.add(directory.resolve(path).getParent());
      }
    }
    for (Path folder : folders) {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, TEMPORARY)) {
        for (Path temporary : temporaries) {
          if (Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(temporary);
          }
        }
      }
    }
  }

  private static final String TEMPORARY = ".kubeforge-*.tmp";

  /** Creates {@code folder} and its missing parents below {@code directory}, recording each one created. */
  private static void createDirectories(Path directory, Path folder, List<Path> created) throws IOException {
    var missing = new ArrayList<Path>();
    for (Path p = folder; !p.equals(directory) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(p);
    }
  }

  /** Removes, deepest first, the directories of {@code created} that are empty. */
  private static void removeEmpty(List<Path> created) throws IOException {
    for (int i = created.size() - 1; i >= 0; i--) {
      Path folder = created.get(i);
      if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && isEmpty(folder)) {
        Files.delete(folder);
      }
    }
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
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
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
    Path temp = stage(file, content);
    try {
      moveIntoPlace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes {@code content} in full to a new temporary file beside {@code file}; removed again on failure. */
  private static Path stage(Path file, byte[] content) throws IOException {
    while (true) {
      Path temp = file.resolveSibling(
          ".kubeforge-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      // One open per file: creating the temporary file and writing it are the same call.
      try (var channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        storage.write(channel, content);
      } catch (FileAlreadyExistsException e) {
        continue; // another name
      } catch (FileSystemException e) {
        Files.deleteIfExists(temp);
        throw new IOException("cannot write " + file + ": "
            + (e instanceof AccessDeniedException || e.getReason() == null ? "permission denied" : e.getReason()), e);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      return temp;
    }
  }

  private static void moveIntoPlace(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** How bytes reach a file; replaced only by the fault tests, which make the disk run full. */
  interface Storage {
    void write(FileChannel channel, byte[] content) throws IOException;
  }

  private static final Storage DISK = (channel, content) -> {
    var buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  };

  static volatile Storage storage = DISK;

  /** Runs {@code action} with {@code storage} in place of the disk; for the fault tests only. */
  static void withStorage(Storage replacement, IoAction action) throws IOException {
    storage = replacement;
    try {
      action.run();
    } finally {
      storage = DISK;
    }
  }

  /** An action that may fail with an {@link IOException}. */
  interface IoAction {
    void run() throws IOException;
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
