package dev.kubeforge.bench;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.Checks;
import dev.kubeforge.check.DuplicateClusterCheck;
import dev.kubeforge.check.Policy;
import dev.kubeforge.check.Problem;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.output.FileTreeWriter;
import dev.kubeforge.render.ClusterReadmeRenderer;
import dev.kubeforge.render.KubernetesYamlRenderer;
import dev.kubeforge.render.RenderContext;
import dev.kubeforge.render.Renderer;
import dev.kubeforge.secret.ResolvedSecrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * W(N) through the pipeline's public steps one at a time, as {@code Kubeforge.generate} and the plugin's
 * sync run them, each timed from outside: define (the DSL and {@code build()}, which expands into fabric8
 * objects and plans), checks, the Kubernetes YAML, the reviewer README, the other renderers, and the sync.
 * No secret is read, as in {@code Kubeforge.generate(definition)}. The renderers are the pipeline's own
 * ({@link Kubeforge#renderers()}); {@link Benchmark#main} still checks once that the tree equals
 * {@code Kubeforge.generate}'s.
 */
final class Phases {

  /** The phases in pipeline order, as the benchmark's columns name them. */
  static final List<String> NAMES =
      List.of("define", "checks", "yaml", "readme", "other", "sync");

  private static final Renderer YAML = only(KubernetesYamlRenderer.class);
  private static final Renderer README = only(ClusterReadmeRenderer.class);
  /** The pipeline's other renderers, in its order. */
  private static final List<Renderer> OTHERS = Kubeforge.renderers().stream()
      .filter(renderer -> renderer != YAML && renderer != README).toList();

  /** Nanoseconds per phase, in {@link #NAMES}' order, with the tree and what the sync wrote. */
  record Timed(long[] nanos, FileTree tree, int written) {}

  private Phases() {}

  /** Renders W(n) phase by phase and syncs it into {@code dir}. */
  static Timed run(int n, Path dir) throws IOException {
    var nanos = new long[NAMES.size()];
    long start = System.nanoTime();
    var definition = new Workload(n);
    var cluster = definition.define();
    long defined = System.nanoTime();
    var problems = new ArrayList<>(DuplicateClusterCheck.run(
        List.of(new DuplicateClusterCheck.Defined(definition.getClass().getName(), cluster))));
    problems.addAll(Checks.run(cluster, Policy.defaults()));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new IllegalStateException("W(" + n + ") does not pass the checks: " + problems);
    }
    long checked = System.nanoTime();
    var tree = FileTree.builder();
    var context = new RenderContext(definition.getClass().getName(), ResolvedSecrets.unread(), tree,
        FileTree.builder());
    YAML.render(cluster, context);
    long yaml = System.nanoTime();
    README.render(cluster, context);
    long readme = System.nanoTime();
    OTHERS.forEach(renderer -> renderer.render(cluster, context));
    var files = tree.build();
    long rendered = System.nanoTime();
    var sync = FileTreeWriter.sync(files, dir);
    long synced = System.nanoTime();
    nanos[0] = defined - start;
    nanos[1] = checked - defined;
    nanos[2] = yaml - checked;
    nanos[3] = readme - yaml;
    nanos[4] = rendered - readme;
    nanos[5] = synced - rendered;
    return new Timed(nanos, files, sync.written().size());
  }

  /** The pipeline's renderer of {@code type}: the phases run the same instances as {@code Kubeforge.generate}. */
  private static Renderer only(Class<? extends Renderer> type) {
    return Kubeforge.renderers().stream().filter(type::isInstance).findFirst().orElseThrow();
  }
}
