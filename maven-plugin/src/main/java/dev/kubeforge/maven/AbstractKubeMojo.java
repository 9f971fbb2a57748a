package dev.kubeforge.maven;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Generation;
import dev.kubeforge.check.Policy;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.core.Declarations;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.output.FileTreeDiff;
import dev.kubeforge.output.FileTreeWriter;
import dev.kubeforge.report.SarifReport;
import dev.kubeforge.secret.SecretResolver;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: their parameters, loading the project's cluster definitions in a class loader of
 * its runtime classpath, generating them, and turning problems and drift into log lines and failures.
 */
abstract class AbstractKubeMojo extends AbstractMojo {

  /** The command that brings the output directory up to date. */
  private static final String FIX = "mvn kube:" + GenerateMojo.GOAL;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /**
   * Skips the goal: nothing is loaded, generated, compared or written. Property {@code kube.skip}; default
   * {@code false}.
   */
  @Parameter(property = "kube.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The directory of the generated tree, one folder per cluster; committed and reviewed. Only files the
   * generator wrote (its index lists them) are ever replaced or deleted; hand-written files beside them stay.
   * Property {@code kube.outputDirectory}; default <code>${project.basedir}/generated</code>.
   */
  @Parameter(property = "kube.outputDirectory", defaultValue = "${project.basedir}/generated", required = true)
  private File outputDirectory;

  /**
   * The cluster definitions to generate, as fully qualified class names; they may come from the project's
   * classes or its runtime dependencies. When empty, every public class implementing
   * {@code dev.kubeforge.ClusterDefinition} with a public no-argument constructor in {@code classesDirectory}
   * is generated. Property {@code kube.definitions} (comma-separated); default empty.
   */
  @Parameter(property = "kube.definitions")
  private List<String> definitions;

  /**
   * Where cluster definitions are looked for when {@code definitions} is empty; it must hold compiled
   * classes, so run the goal after {@code compile}. Property {@code kube.classesDirectory}; default
   * <code>${project.build.outputDirectory}</code>.
   */
  @Parameter(property = "kube.classesDirectory", defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * Where {@code generate} and {@code check} write every problem, errors and warnings, as SARIF 2.1.0 for code
   * scanning (GitHub shows each on the Java line that declared its object); written on success and on
   * failure, empty of results when there is no problem. Property {@code kube.sarif}; default
   * <code>${project.build.directory}/kubeforge.sarif</code>.
   */
  @Parameter(property = "kube.sarif", defaultValue = "${project.build.directory}/kubeforge.sarif", required = true)
  private File sarif;

  /**
   * How serious the policy checks are: a built-in profile, {@code strict} (every policy check an error),
   * {@code default} or {@code relaxed} (operational advice off), written {@code <policy>strict</policy>}
   * or on the command line; and per check id a level that replaces the profile's, {@code error},
   * {@code warning} or {@code off}: {@code <policy><profile>default</profile><checks>
   * <no-readonly-root-fs>error</no-readonly-root-fs></checks></policy>}. The README's "Policy checks"
   * table lists the checks. Property {@code kube.policy} (the profile); default {@code default}.
   */
  @Parameter(property = "kube.policy")
  private PolicySettings policy;

  private final String goal;

  AbstractKubeMojo(String goal) {
    this.goal = goal;
  }

  /** Uses the generation: writes it, or compares its reviewable files with {@code directory}. */
  abstract void run(Generation generation, Path directory)
      throws IOException, MojoFailureException, MojoExecutionException;

  /**
   * Where secret values come from, or {@code null} when this goal reads none: only {@code generate}
   * writes the secrets output, so {@code check} and {@code diff} never need a secret to run.
   */
  SecretResolver secretResolver() throws MojoExecutionException {
    return null;
  }

  /** The project being built. */
  final MavenProject project() {
    return project;
  }

  /** Whether this goal writes the problems to {@code sarif}. */
  boolean writesSarif() {
    return true;
  }

  /** Whether errors in the definitions fail the build; when not, they are only logged. */
  boolean failsOnProblems() {
    return true;
  }

  /**
   * A parameter as users write it, in the POM and on the command line:
   * {@code <outputDirectory> (-Dkube.outputDirectory)}.
   */
  static String parameter(String name) {
    return "<" + name + "> (-Dkube." + name + ")";
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kube: skipped (kube.skip is true)");
      return;
    }
    var directory = outputDirectory.toPath().toAbsolutePath().normalize();
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new MojoExecutionException(parameter("outputDirectory") + " is a file, not a directory: " + directory);
    }
    try (var loader = new URLClassLoader(runtimeClasspath(), getClass().getClassLoader())) {
      var found = definitions(loader);
      if (found.isEmpty()) {
        getLog().warn("kube: no cluster definition found in " + shown(classesDirectory.toPath())
            + ", so nothing was generated. A definition is a public class implementing"
            + " dev.kubeforge.ClusterDefinition with a public no-argument constructor; compile it first, or name it in "
            + parameter("definitions") + ".");
        return;
      }
      var generation = generate(found, loader, directory);
      if (generation != null) {
        run(generation, directory);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("kube: " + goal + " failed on " + shown(directory) + ": " + e, e);
    }
  }

  /**
   * Logs how {@code directory} differs from {@code files}, the diff cut after {@code diffLines} lines.
   * Returns {@code null} when it is up to date, else one line that says it is out of date and ends with
   * the command that updates it.
   */
  final String drift(FileTree files, Path directory, int diffLines, Consumer<String> log)
      throws IOException, MojoExecutionException {
    if (diffLines < 1) {
      throw new MojoExecutionException(parameter("diffLines") + " must be at least 1, was " + diffLines);
    }
    var diff = FileTreeDiff.between(files, directory);
    if (diff.isEmpty()) {
      getLog().info(
          "kube: " + shown(directory) + " is up to date ("
              + ProblemReport.count(diff.expectedFiles(), "file") + ", the index of owned files included)");
      return null;
    }
    var outOfDate = "kube: " + shown(directory) + " is out of date (" + diff.counts() + ").";
    log.accept(outOfDate);
    diff.format(diffLines).lines().forEach(log);
    return outOfDate + " Run '" + FIX + "' to update " + shown(directory) + ".";
  }

  /** {@code path} relative to the project's directory, with {@code /} and a trailing {@code /} for folders. */
  final String shown(Path path) {
    var base = project.getBasedir().toPath().toAbsolutePath().normalize();
    var absolute = path.toAbsolutePath().normalize();
    var relative =
        absolute.getRoot().equals(base.getRoot()) ? base.relativize(absolute).toString() : absolute.toString();
    return (relative.isEmpty() ? "." : relative.replace(File.separatorChar, '/')) + "/";
  }

  private List<Class<? extends ClusterDefinition>> definitions(ClassLoader loader)
      throws IOException, MojoExecutionException {
    var named = definitions == null ? List.<String>of()
        : definitions.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    if (named.isEmpty()) {
      return DefinitionClasses.discover(classesDirectory.toPath(), loader, getLog());
    }
    var found = new ArrayList<Class<? extends ClusterDefinition>>();
    for (String name : new LinkedHashSet<>(named)) {
      found.add(DefinitionClasses.named(name, loader));
    }
    return found;
  }

  /** The generation, or {@code null} when it has errors and this goal does not fail on them. */
  private Generation generate(List<Class<? extends ClusterDefinition>> types, ClassLoader loader, Path directory)
      throws MojoExecutionException, MojoFailureException, IOException {
    try {
      var generation = DefinitionClasses.generate(types, loader, secretResolver(),
          policy == null ? Policy.defaults() : policy.policy());
      sarif(generation.warnings(), generation.declarations(), directory, generation.files().paths());
      if (!generation.warnings().isEmpty()) {
        getLog().warn("kube: " + ProblemReport.headline(generation.warnings()));
        log(generation.warnings());
      }
      return generation;
    } catch (ProblemsException e) {
      sarif(e.problems(), e.declarations(), directory, FileTreeWriter.ownedFiles(directory));
      var headline = ProblemReport.headline(e.problems()) + " (nothing was written)";
      getLog().error("kube: " + headline);
      log(e.problems());
      if (failsOnProblems()) {
        throw new MojoFailureException("kube: " + headline + ". Fix the problems listed above, then run 'mvn kube:"
            + goal + "' again.");
      }
      return null;
    }
  }

  private void sarif(List<Problem> problems, Declarations declarations, Path directory, Set<String> files)
      throws IOException {
    if (writesSarif()) {
      var base = project.getBasedir().toPath();
      var roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
      SarifReport.write(problems, declarations, new SarifReport.Layout(base, roots, directory, files), sarif.toPath());
      getLog().debug("kube: problems as SARIF in " + shown(sarif.toPath()).replaceAll("/$", ""));
    }
  }

  private void log(List<Problem> problems) {
    for (Problem problem : problems) {
      Consumer<String> level = problem.isError() ? getLog()::error : getLog()::warn;
      ProblemReport.lines(problem).forEach(level);
    }
  }

  private URL[] runtimeClasspath() throws MojoExecutionException {
    var elements = new LinkedHashSet<String>();
    try {
      elements.addAll(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("kube: the project's runtime classpath is not resolved: " + e.getMessage(), e);
    }
    elements.add(classesDirectory.getAbsolutePath());
    var urls = new ArrayList<URL>(elements.size());
    try {
      for (String element : elements) {
        urls.add(Path.of(element).toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new MojoExecutionException("kube: not a classpath element: " + e.getMessage(), e);
    }
    return urls.toArray(URL[]::new);
  }
}
