package dev.kubeforge.output;

import java.util.List;
import java.util.TreeSet;

/**
 * What {@link FileTreeWriter#sync} did, as sorted relative paths. Every file the generator owns after
 * the sync, its index {@code .kubeforge-index} included, is in exactly one of {@code written} and
 * {@code unchanged}.
 *
 * @param written files written because they were missing or held other bytes
 * @param deleted files the previous index listed that the tree no longer has
 * @param unchanged files that already held the right bytes; not touched, so their timestamps stay
 */
public record SyncResult(List<String> written, List<String> deleted, List<String> unchanged) {

  public SyncResult {
    written = List.copyOf(new TreeSet<>(written));
    deleted = List.copyOf(new TreeSet<>(deleted));
    unchanged = List.copyOf(new TreeSet<>(unchanged));
  }

  /** Whether the sync wrote and deleted nothing: the directory already held the tree. */
  public boolean changedNothing() {
    return written.isEmpty() && deleted.isEmpty();
  }
}
