package dev.kubeforge.maven.importer;

import java.util.List;

/** Thrown when the input cannot be imported: every problem found, at once; nothing was written. */
public final class ImportException extends RuntimeException {

  private final List<ImportProblem> problems;

  public ImportException(List<ImportProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the input (nothing was written):"
        + "\n" + String.join("\n", problems.stream().map(p -> "  " + p).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file and line order. */
  public List<ImportProblem> problems() {
    return problems;
  }
}
