package dev.kubeforge.maven;

import dev.kubeforge.Generation;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints how the output directory differs from what the cluster definitions generate, as a unified diff,
 * and the command that brings it up to date. Never fails the build, not even on errors in the
 * definitions (they are listed); writes nothing.
 */
@Mojo(name = DiffMojo.GOAL, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DiffMojo extends AbstractKubeMojo {

  /** The goal's name: {@code mvn kube:diff}. */
  public static final String GOAL = "diff";

  /**
   * The most lines of diff printed; a last line counts what was left out. Property {@code kube.diffLines};
   * default {@code 200}.
   */
  @Parameter(property = "kube.diffLines", defaultValue = "200")
  private int diffLines;

  public DiffMojo() {
    super(GOAL);
  }

  @Override
  boolean writesSarif() {
    return false;
  }

  @Override
  boolean failsOnProblems() {
    return false;
  }

  @Override
  void run(Generation generation, Path directory) throws IOException, MojoExecutionException {
    var drift = drift(generation.files(), directory, diffLines, getLog()::info);
    if (drift != null) {
      getLog().info(drift);
    }
  }
}
