package dev.kubeforge.check;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Declarations;
import java.util.List;

/** Thrown when a cluster definition has errors; carries every problem found, errors and warnings. */
public final class ProblemsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient Declarations declarations;

  public ProblemsException(List<Problem> problems) {
    this(problems, Declarations.empty());
  }

  /** With where the clusters' constructs were declared, so that reports can point at the source lines. */
  public ProblemsException(List<Problem> problems, Declarations declarations) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
    this.declarations = requireNonNull(declarations, "declarations");
  }

  /** Where the constructs of the clusters that have these problems were declared in their source. */
  public Declarations declarations() {
    return declarations;
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
