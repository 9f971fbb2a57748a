package dev.kubeforge;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Problem;
import dev.kubeforge.core.Declarations;
import dev.kubeforge.output.FileTree;
import java.util.List;

/**
 * What a successful generation produced: two trees that go to two directories.
 *
 * <p>{@code files} is the reviewable tree, committed under {@code generated/}: it never holds a secret
 * value, and its {@code <cluster>/kubernetes/secrets.md} lists every Secret that must be supplied (object,
 * key, source). {@code secrets} holds those Secrets with their values, plus the Namespaces they live in
 * and a {@code kustomization.yaml}; the Maven plugin writes it to a git-ignored directory
 * ({@code ${project.build.directory}/kubeforge-secrets} by default). Deploy both, Secrets first:
 *
 * <pre>
 * kubectl apply -k target/kubeforge-secrets/prod/kubernetes
 * kubectl apply -k generated/prod/kubernetes
 * </pre>
 *
 * <p>Applying the reviewable tree first works too: pods wait until the Secrets they mount exist.
 *
 * @param files the reviewable files, safe to commit
 * @param secrets the Secrets with their values, never to be committed; empty when generated without a
 *     {@code SecretResolver}
 * @param warnings the warnings no allowance covered, sorted by path
 * @param declarations where the clusters' constructs were declared in their definitions' source
 */
public record Generation(FileTree files, FileTree secrets, List<Problem> warnings, Declarations declarations) {

  public Generation {
    requireNonNull(files, "files");
    requireNonNull(secrets, "secrets");
    warnings = List.copyOf(warnings);
    requireNonNull(declarations, "declarations");
  }

  /** A generation without record of where its constructs were declared. */
  public Generation(FileTree files, FileTree secrets, List<Problem> warnings) {
    this(files, secrets, warnings, Declarations.empty());
  }

  /** A generation without secrets output. */
  public Generation(FileTree files, List<Problem> warnings) {
    this(files, FileTree.empty(), warnings);
  }
}
