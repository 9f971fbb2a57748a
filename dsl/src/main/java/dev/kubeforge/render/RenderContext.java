package dev.kubeforge.render;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.ResolvedSecrets;

/**
 * What a {@link Renderer} renders with, besides the cluster: the definition's class name for headers,
 * the secret values read before rendering, and the two trees it writes to, the reviewable one and the
 * secrets output.
 */
public final class RenderContext {

  private final String source;
  private final ResolvedSecrets secrets;
  private final FileTree.Builder files;
  private final FileTree.Builder secretFiles;

  /**
   * A context for the clusters of definition class {@code source}.
   *
   * @param files the reviewable tree, which never receives a secret value
   * @param secretFiles the secrets output; renderers add to it only when {@code secrets} were read
   */
  public RenderContext(String source, ResolvedSecrets secrets, FileTree.Builder files,
      FileTree.Builder secretFiles) {
    this.source = requireNonNull(source, "source");
    this.secrets = requireNonNull(secrets, "secrets");
    this.files = requireNonNull(files, "files");
    this.secretFiles = requireNonNull(secretFiles, "secretFiles");
  }

  /** The definition's class name, which every generated file names in its header. */
  public String source() {
    return source;
  }

  /** The secret values of the generation, read before rendering. */
  public ResolvedSecrets secrets() {
    return secrets;
  }

  /** The reviewable tree, safe to commit. */
  public FileTree.Builder files() {
    return files;
  }

  /** The secrets output, never to be committed. */
  public FileTree.Builder secretFiles() {
    return secretFiles;
  }
}
