package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

/** What makes an input file unusable, at {@code file:line:column} (both from 1; 0 when not known). */
public record ImportProblem(String file, int line, int column, String message) {

  public ImportProblem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
