package dev.kubeforge.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive use of an output directory, across threads and processes. The lock file lives in
 * {@code java.io.tmpdir}, named from a hash of the directory's real path, so the committed tree never
 * holds it. A file lock is held per JVM, so threads of one JVM (a parallel Maven build) first take a
 * lock of their own for the same key.
 */
final class DirectoryLock implements AutoCloseable {

  private static final ConcurrentMap<String, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock threadLock;
  private final FileChannel channel;

  private DirectoryLock(ReentrantLock threadLock, FileChannel channel) {
    this.threadLock = threadLock;
    this.channel = channel;
  }

  /** Waits until this thread has {@code directory} (which must exist) to itself. */
  static DirectoryLock acquire(Path directory) throws IOException {
    String key = key(directory.toRealPath());
    ReentrantLock threadLock = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock());
    threadLock.lock();
    FileChannel channel = null;
    try {
      Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "kubeforge-" + key + ".lock");
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      channel.lock();
      return new DirectoryLock(threadLock, channel);
    } catch (IOException | RuntimeException | Error e) {
      if (channel != null) {
        channel.close();
      }
      threadLock.unlock();
      throw e;
    }
  }

  /** Releases the file lock (by closing its channel), then the lock of the threads. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      threadLock.unlock();
    }
  }

  private static String key(Path realPath) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(realPath.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
