package dev.kubeforge.maven;

import dev.kubeforge.maven.importer.ClusterImporter;
import dev.kubeforge.maven.importer.ImportException;
import dev.kubeforge.maven.importer.ManifestReader;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports Kubernetes manifests (a file, or a directory of them) as one {@code ClusterDefinition} class under
 * {@code src/main/java}, ConfigMap files beside it under {@code src/main/resources}, and prints what it did,
 * each at its {@code file:line}. Refuses to overwrite files unless {@code overwrite}; writes nothing on bad input.
 */
@Mojo(name = ImportMojo.GOAL, threadSafe = true)
public final class ImportMojo extends AbstractMojo {

  /** The goal's name: {@code mvn kube:import}. */
  public static final String GOAL = "import";
  /** The manifest file or directory ({@code .yaml}, {@code .yml}, {@code .json}). Property {@code kube.from}. */
  @Parameter(property = "kube.from", required = true) private File from;
  /** The package of the class, such as {@code com.acme.infra}. Property {@code kube.package}. */
  @Parameter(property = "kube.package", required = true) private String packageName;
  /** The name of the cluster defined. Property {@code kube.cluster}. */
  @Parameter(property = "kube.cluster", required = true) private String cluster;
  /** The class's name; default: the cluster's name in UpperCamelCase. Property {@code kube.className}. */
  @Parameter(property = "kube.className") private String className;
  /** Replaces files that exist already. Property {@code kube.overwrite}; default {@code false}. */
  @Parameter(property = "kube.overwrite", defaultValue = "false") private boolean overwrite;
  @Parameter(defaultValue = "${project.basedir}", readonly = true) private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      var result = ClusterImporter.importObjects(ManifestReader.read(from.toPath()), packageName, cluster, className);
      result.report().lines().forEach(line -> getLog().info("kube: " + line));
      var src = basedir.toPath().resolve("src/main");
      result.write(src.resolve("java"), src.resolve("resources"), overwrite).forEach(f -> getLog().info("kube: wrote " + f));
    } catch (ImportException | IllegalArgumentException | IllegalStateException e) {
      e.getMessage().lines().forEach(line -> getLog().error("kube: " + line));
      throw new MojoFailureException("kube: import failed: " + e.getMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new MojoExecutionException("kube: cannot write the imported files: " + e.getMessage(), e);
    }
  }
}
