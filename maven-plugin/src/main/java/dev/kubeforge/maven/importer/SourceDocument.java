package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

import tools.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes object as read, with where it came from: the file (relative to the imported root, with
 * {@code /} separators) and the line its document or {@code kind: List} item starts on.
 */
public record SourceDocument(String file, int line, ObjectNode tree) {

  public SourceDocument {
    requireNonNull(file, "file");
    requireNonNull(tree, "tree");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
  }

  /** {@code file:line}, as the report prints it. */
  public String where() {
    return file + ":" + line;
  }

  /** {@code Kind name}, such as {@code Deployment web}. */
  public String describe() {
    return tree.path("kind").asString("?") + " " + tree.path("metadata").path("name").asString("?");
  }
}
