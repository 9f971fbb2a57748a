package dev.kubeforge;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.render.ContainerdTomlRenderer;
import dev.kubeforge.render.DaemonJsonRenderer;
import dev.kubeforge.render.KubernetesYamlRenderer;
import dev.kubeforge.render.SysctlRenderer;
import dev.kubeforge.render.SystemdUnitRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The entry point: defines, checks and renders clusters into a {@link FileTree}. Usable from plain Java
 * and tests; the Maven plugin calls the same methods.
 *
 * <pre>{@code
 * Generation generation = Kubeforge.generate(List.of(new Production()));
 * FileTreeWriter.sync(generation.files(), Path.of("generated"));
 * }</pre>
 */
public final class Kubeforge {

  private Kubeforge() {}

  /**
   * Defines every cluster, runs every check and renders the files.
   *
   * @throws ProblemsException when any check finds an error; it lists every problem of every cluster,
   *     and nothing has been rendered
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions) {
    requireNonNull(definitions, "definitions");
    var problems = new ArrayList<Problem>();
    var defined = new ArrayList<Defined>(definitions.size());
    var names = new HashMap<String, String>();
    for (ClusterDefinition definition : definitions) {
      var source = definition.getClass().getName();
      var cluster = requireNonNull(definition.define(), () -> source + ".define() returned null");
      var previous = names.putIfAbsent(cluster.name(), source);
      if (previous != null) {
        problems.add(Problem.error("duplicate-cluster", cluster.path(),
                "cluster '" + cluster.name() + "' is defined by both " + previous + " and " + source)
            .hint("give each cluster its own name; it is the name of its output folder"));
      }
      problems.addAll(Checks.run(cluster));
      defined.add(new Defined(source, cluster));
    }
    problems.sort(null);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ProblemsException(problems);
    }
    var tree = FileTree.builder();
    for (Defined d : defined) {
      new KubernetesYamlRenderer(d.source).render(d.cluster, tree);
      new SystemdUnitRenderer(d.source).render(d.cluster, tree);
      new DaemonJsonRenderer().render(d.cluster, tree);
      new ContainerdTomlRenderer(d.source).render(d.cluster, tree);
      new SysctlRenderer(d.source).render(d.cluster, tree);
    }
    return new Generation(tree.build(), problems);
  }

  /** {@link #generate(List)} for one definition. */
  public static Generation generate(ClusterDefinition definition) {
    return generate(List.of(definition));
  }

  private record Defined(String source, Cluster cluster) {}
}
