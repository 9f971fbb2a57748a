package dev.kubeforge.maven;

import dev.kubeforge.output.FileTree;
import dev.kubeforge.output.FileTreeWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the project's clusters into the output directory: loads the compiled classes and runtime
 * dependencies, finds every cluster definition (or those in {@code definitions}), checks them and writes
 * the files. When any check finds an error, every problem is listed and nothing is written. Unchanged
 * files are not rewritten; files an earlier run wrote that are no longer generated are deleted.
 */
@Mojo(
    name = GenerateMojo.GOAL,
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class GenerateMojo extends AbstractKubeMojo {

  /** The goal's name: {@code mvn kube:generate}. */
  public static final String GOAL = "generate";

  public GenerateMojo() {
    super(GOAL);
  }

  @Override
  void run(FileTree files, Path directory) throws IOException {
    var result = FileTreeWriter.sync(files, directory);
    result.written().forEach(path -> getLog().debug("kube: wrote " + path));
    result.deleted().forEach(path -> getLog().debug("kube: deleted " + path));
    getLog().info("kube: wrote " + ProblemReport.count(result.written().size(), "file")
        + ", deleted " + result.deleted().size()
        + ", " + result.unchanged().size() + " unchanged in " + shown(directory));
  }
}
