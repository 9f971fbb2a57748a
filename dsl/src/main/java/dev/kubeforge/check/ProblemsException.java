package dev.kubeforge.check;

import java.util.List;

/** Thrown when a cluster definition has errors; carries every problem found, errors and warnings. */
public final class ProblemsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ProblemsException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, sorted by path and check id. */
  public List<Problem> problems() {
    return problems;
  }

  /** The errors among {@link #problems()}. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    var text = new StringBuilder();
    text.append(errors).append(errors == 1 ? " error" : " errors").append(" (nothing was written)");
    for (Problem problem : problems) {
      text.append('\n').append(problem.severity() == Severity.ERROR ? "error: " : "warning: ");
      text.append(problem);
    }
    return text.toString();
  }
}
