package dev.kubeforge.maven;

import dev.kubeforge.output.FileTree;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the output directory differs from what the cluster definitions generate, or when
 * they have errors. Prints the unified diff and the command that brings the directory up to date; writes
 * nothing. Bind it in CI so committed output never drifts from its definitions.
 */
@Mojo(
    name = CheckMojo.GOAL,
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class CheckMojo extends AbstractKubeMojo {

  /** The goal's name: {@code mvn kube:check}. */
  public static final String GOAL = "check";

  /**
   * The most lines of diff printed; a last line counts what was left out. Property {@code kube.diffLines};
   * default {@code 200}.
   */
  @Parameter(property = "kube.diffLines", defaultValue = "200")
  private int diffLines;

  public CheckMojo() {
    super(GOAL);
  }

  @Override
  void run(FileTree files, Path directory) throws IOException, MojoExecutionException, MojoFailureException {
    var drift = drift(files, directory, diffLines, getLog()::error);
    if (drift != null) {
      throw new MojoFailureException(drift);
    }
  }
}
