package dev.kubeforge;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.render.CloudConfigRenderer;
import dev.kubeforge.render.ClusterReadmeRenderer;
import dev.kubeforge.render.ContainerdTomlRenderer;
import dev.kubeforge.render.CoreOsCloudConfigRenderer;
import dev.kubeforge.render.DaemonJsonRenderer;
import dev.kubeforge.render.KubeadmRenderer;
import dev.kubeforge.render.KubernetesYamlRenderer;
import dev.kubeforge.render.SecretsRenderer;
import dev.kubeforge.secret.SecretResolver;
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
   * Defines every cluster, runs every check and renders the reviewable files. No secret is read: the
   * secrets output is empty. This is what {@code check} and {@code diff} need, and it needs no secret.
   *
   * @throws ProblemsException when any check finds an error; it lists every problem of every cluster,
   *     and nothing has been rendered
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions) {
    return run(definitions, null);
  }

  /**
   * Defines every cluster, runs every check, renders the reviewable files, then reads every secret
   * through {@code secrets} and renders the secrets output ({@link Generation#secrets()}). The
   * reviewable files are the same as without a resolver. A secret the resolver cannot read is a
   * {@code secret-unavailable} warning, and its Secret is left out of the secrets output.
   *
   * @param secrets reads secret values; the Maven plugin passes environment, project directory and the
   *     decrypted {@code settings.xml} servers ({@link SecretResolver#of})
   * @throws ProblemsException when any check finds an error; nothing has been rendered or read
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions, SecretResolver secrets) {
    return run(definitions, requireNonNull(secrets, "secrets"));
  }

  private static Generation run(List<? extends ClusterDefinition> definitions, SecretResolver secrets) {
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
    var secretsTree = FileTree.builder();
    for (Defined d : defined) {
      new KubernetesYamlRenderer(d.source).render(d.cluster, tree);
      var secretsRenderer = new SecretsRenderer(d.source);
      secretsRenderer.list(d.cluster, tree);
      if (secrets != null) {
        problems.addAll(Checks.notAllowed(d.cluster, secretsRenderer.render(d.cluster, secrets, secretsTree)));
      }
      var hosts = FileTree.builder();
      new SystemdUnitRenderer(d.source).render(d.cluster, hosts);
      new DaemonJsonRenderer().render(d.cluster, hosts);
      new ContainerdTomlRenderer(d.source).render(d.cluster, hosts);
      new SysctlRenderer(d.source).render(d.cluster, hosts);
      var hostFiles = hosts.build();
      hostFiles.paths().forEach(path -> tree.add(path, hostFiles.bytes(path)));
      new ClusterReadmeRenderer(d.source).render(d.cluster, hostFiles, tree);
      problems.addAll(Checks.notAllowed(d.cluster,
          new KubeadmRenderer(d.source).render(d.cluster, tree, secrets, secretsTree)));
      problems.addAll(Checks.notAllowed(d.cluster,
          new CloudConfigRenderer(d.source).render(d.cluster, hostFiles, tree, secrets, secretsTree)));
      problems.addAll(Checks.notAllowed(d.cluster,
          new CoreOsCloudConfigRenderer(d.source).render(d.cluster, hostFiles, tree, secrets, secretsTree)));
    }
    problems.sort(null);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ProblemsException(problems); // what a form of user-data cannot express; nothing is written
    }
    return new Generation(tree.build(), secretsTree.build(), problems);
  }

  /** {@link #generate(List)} for one definition. */
  public static Generation generate(ClusterDefinition definition) {
    return generate(List.of(definition));
  }

  private record Defined(String source, Cluster cluster) {}
}
