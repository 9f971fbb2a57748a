package dev.kubeforge.output;

import java.util.List;

/**
 * What {@link FileTreeWriter#sync} did, each list holding paths relative to the directory, sorted.
 *
 * @param written files created or replaced because their bytes differed
 * @param deleted files the previous generation wrote that the tree no longer holds
 * @param unchanged files whose bytes were already right; not touched, so their timestamps stay
 */
public record SyncResult(List<String> written, List<String> deleted, List<String> unchanged) {

  public SyncResult {
    written = List.copyOf(written);
    deleted = List.copyOf(deleted);
    unchanged = List.copyOf(unchanged);
  }

  /** Whether the directory was already in sync: nothing written, nothing deleted. */
  public boolean changedNothing() {
    return written.isEmpty() && deleted.isEmpty();
  }
}
