package dev.kubeforge;

import dev.kubeforge.check.Problem;
import dev.kubeforge.output.FileTree;
import java.util.List;

/**
 * What a successful generation produced.
 *
 * @param files the reviewable files, safe to commit
 * @param warnings the warnings no allowance covered, sorted by path
 */
public record Generation(FileTree files, List<Problem> warnings) {

  public Generation {
    warnings = List.copyOf(warnings);
  }
}
