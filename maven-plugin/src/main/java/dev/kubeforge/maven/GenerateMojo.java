package dev.kubeforge.maven;

import dev.kubeforge.Generation;
import dev.kubeforge.output.FileTreeWriter;
import dev.kubeforge.output.SyncResult;
import dev.kubeforge.secret.SecretResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates the project's clusters into the output directory: loads the compiled classes and runtime
 * dependencies, finds every cluster definition (or those in {@code definitions}), checks them and writes
 * the files. When any check finds an error, every problem is listed and nothing is written. Unchanged
 * files are not rewritten; files an earlier run wrote that are no longer generated are deleted. Files
 * that carry secret values go to {@code secretsDirectory}, never to the output directory.
 */
@Mojo(
    name = GenerateMojo.GOAL,
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class GenerateMojo extends AbstractKubeMojo {

  /** The goal's name: {@code mvn kube:generate}. */
  public static final String GOAL = "generate";

  /**
   * Where files that carry secret values are written (Secrets with their data, complete join
   * configurations): outside the reviewed tree, never committed. Values come from environment variables,
   * files relative to the project and the servers of {@code settings.xml}. Property
   * {@code kube.secretsDirectory}; default <code>${project.build.directory}/kubeforge-secrets</code>.
   */
  @Parameter(property = "kube.secretsDirectory", defaultValue = "${project.build.directory}/kubeforge-secrets",
      required = true)
  private File secretsDirectory;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

  @Component
  private SettingsDecrypter decrypter;

  public GenerateMojo() {
    super(GOAL);
  }

  @Override
  SecretResolver secretResolver() throws MojoExecutionException {
    return SecretResolver.of(System.getenv(), project().getBasedir().toPath(),
        SettingsServers.decrypted(settings, decrypter));
  }

  @Override
  void run(Generation generation, Path directory) throws IOException {
    report(FileTreeWriter.sync(generation.files(), directory), directory);
    if (generation.secrets().size() > 0) {
      var secrets = secretsDirectory.toPath().toAbsolutePath().normalize();
      report(FileTreeWriter.sync(generation.secrets(), secrets), secrets);
    }
  }

  private void report(SyncResult result, Path directory) {
    result.written().forEach(path -> getLog().debug("kube: wrote " + path));
    result.deleted().forEach(path -> getLog().debug("kube: deleted " + path));
    getLog().info("kube: wrote " + ProblemReport.count(result.written().size(), "file")
        + ", deleted " + result.deleted().size()
        + ", " + result.unchanged().size() + " unchanged in " + shown(directory));
  }
}
