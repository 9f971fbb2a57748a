package dev.kubeforge.check;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.ObjectPath;
import java.util.Comparator;

/**
 * One thing wrong with a cluster definition, found by a {@link Check}.
 *
 * @param severity whether it stops generation
 * @param checkId the stable kebab-case id of the check, as users write it in {@code allow(..)}
 * @param path the object the problem is about
 * @param message what is wrong, with the offending value
 * @param hint how to fix it, or an empty string when there is nothing useful to add
 */
public record Problem(Severity severity, String checkId, ObjectPath path, String message, String hint)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparing(Problem::checkId)
          .thenComparing(Problem::message);

  public Problem {
    requireNonNull(severity, "severity");
    requireNonNull(checkId, "checkId");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(hint, "hint");
  }

  /** An error without a hint. */
  public static Problem error(String checkId, ObjectPath path, String message) {
    return new Problem(Severity.ERROR, checkId, path, message, "");
  }

  /** A warning without a hint. */
  public static Problem warning(String checkId, ObjectPath path, String message) {
    return new Problem(Severity.WARNING, checkId, path, message, "");
  }

  /** Returns a copy with the given hint. */
  public Problem hint(String hint) {
    return new Problem(severity, checkId, path, message, hint);
  }

  /** Whether this problem stops generation. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Orders by path, then check id, then message. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /**
   * The problem as one or two lines: {@code path: message [check-id]}, then {@code hint: ...} when
   * there is a hint.
   */
  @Override
  public String toString() {
    var line = path + ": " + message + " [" + checkId + "]";
    return hint.isEmpty() ? line : line + "\n  hint: " + hint;
  }
}
