package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

/**
 * The line of a definition's source where a construct was created, such as {@code ns.app("web")} on line
 * 42 of {@code Production.java}: what a code review shows a problem on.
 *
 * @param className the fully qualified name of the class whose code created the construct
 * @param fileName the source file's name as the class file records it, such as {@code Production.java}
 * @param line the line number, 1 or more
 */
public record SourceLocation(String className, String fileName, int line) {

  public SourceLocation {
    requireNonNull(className, "className");
    requireNonNull(fileName, "fileName");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
  }

  /**
   * The file's path below a source root, from the class's package: {@code dev/kubeforge/examples/Production.java}.
   */
  public String relativePath() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? fileName : className.substring(0, dot).replace('.', '/') + "/" + fileName;
  }

  @Override
  public String toString() {
    return relativePath() + ":" + line;
  }
}
