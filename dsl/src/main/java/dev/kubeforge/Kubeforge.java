package dev.kubeforge;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Checks;
import dev.kubeforge.check.DuplicateClusterCheck;
import dev.kubeforge.check.Policy;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.core.Declarations;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.render.CloudConfigRenderer;
import dev.kubeforge.render.ClusterReadmeRenderer;
import dev.kubeforge.render.ContainerdTomlRenderer;
import dev.kubeforge.render.CoreOsCloudConfigRenderer;
import dev.kubeforge.render.DaemonJsonRenderer;
import dev.kubeforge.render.KubeadmRenderer;
import dev.kubeforge.render.KubernetesYamlRenderer;
import dev.kubeforge.render.RenderContext;
import dev.kubeforge.render.Renderer;
import dev.kubeforge.render.SecretsRenderer;
import dev.kubeforge.render.SysctlRenderer;
import dev.kubeforge.render.SystemdUnitRenderer;
import dev.kubeforge.secret.ResolvedSecrets;
import dev.kubeforge.secret.SecretResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point: defines, checks and renders clusters into a {@link FileTree}. Usable from plain Java
 * and tests; the Maven plugin calls the same methods.
 *
 * <p>One direction: each definition's {@code define()} builds an immutable cluster, which plans its
 * nodes' setups and host files as it is built; every check runs on every cluster (and
 * {@code duplicate-cluster} over all of them); one gate stops on any error before anything is read or
 * rendered; with a resolver, every secret value is read; then each renderer of one list writes each
 * cluster's files.
 *
 * <pre>{@code
 * Generation generation = Kubeforge.generate(List.of(new Production()));
 * FileTreeWriter.sync(generation.files(), Path.of("generated"));
 * }</pre>
 */
public final class Kubeforge {

  /** Every renderer, one per format; none reads another's files, so their order does not matter. */
  static final List<Renderer> RENDERERS = List.of(
      new KubernetesYamlRenderer(),
      new SecretsRenderer(),
      new SystemdUnitRenderer(),
      new DaemonJsonRenderer(),
      new ContainerdTomlRenderer(),
      new SysctlRenderer(),
      new ClusterReadmeRenderer(),
      new KubeadmRenderer(),
      new CloudConfigRenderer(),
      new CoreOsCloudConfigRenderer());

  private Kubeforge() {}

  /**
   * Every renderer of the pipeline, one per output format, in the order {@link #generate} calls them (any
   * order gives the same files). Unmodifiable; for tools that time or run the formats one at a time.
   */
  public static List<Renderer> renderers() {
    return RENDERERS;
  }

  /**
   * Defines every cluster, runs every check and renders the reviewable files. No secret is read: the
   * secrets output is empty. This is what {@code check} and {@code diff} need, and it needs no secret.
   *
   * @throws ProblemsException when any check finds an error; it lists every problem of every cluster,
   *     and nothing has been rendered
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions) {
    return run(definitions, null, Policy.defaults());
  }

  /**
   * {@link #generate(List)} with the policy checks at the levels of {@code policy}: a built-in profile
   * ({@code Policy.profile("strict")}) and per-check overrides. A policy check at {@code error} stops
   * generation like any error; one at {@code off} is not reported.
   *
   * @throws ProblemsException when any check finds an error under {@code policy}
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions, Policy policy) {
    return run(definitions, null, requireNonNull(policy, "policy"));
  }

  /**
   * Defines every cluster, runs every check, reads every secret through {@code secrets}, then renders
   * the reviewable files and the secrets output ({@link Generation#secrets()}). The reviewable files are
   * the same as without a resolver. A secret the resolver cannot read is a {@code secret-unavailable}
   * warning, and what holds it (a Secret, a kubeadm or cloud-init file) is left out of the secrets output.
   *
   * @param secrets reads secret values; the Maven plugin passes environment, project directory and the
   *     decrypted {@code settings.xml} servers ({@link SecretResolver#of})
   * @throws ProblemsException when any check finds an error; nothing has been rendered or read
   */
  public static Generation generate(List<? extends ClusterDefinition> definitions, SecretResolver secrets) {
    return run(definitions, requireNonNull(secrets, "secrets"), Policy.defaults());
  }

  /** {@link #generate(List, SecretResolver)} with the policy checks at the levels of {@code policy}. */
  public static Generation generate(
      List<? extends ClusterDefinition> definitions, SecretResolver secrets, Policy policy) {
    return run(definitions, requireNonNull(secrets, "secrets"), requireNonNull(policy, "policy"));
  }

  private static Generation run(
      List<? extends ClusterDefinition> definitions, SecretResolver resolver, Policy policy) {
    requireNonNull(definitions, "definitions");
    var defined = new ArrayList<DuplicateClusterCheck.Defined>(definitions.size());
    for (ClusterDefinition definition : definitions) {
      var source = definition.getClass().getName();
      var cluster = requireNonNull(definition.define(), () -> source + ".define() returned null");
      defined.add(new DuplicateClusterCheck.Defined(source, cluster));
    }
    var problems = new ArrayList<>(DuplicateClusterCheck.run(defined));
    defined.forEach(d -> problems.addAll(Checks.run(d.cluster(), policy)));
    problems.sort(null);
    var declarations = Declarations.empty();
    for (DuplicateClusterCheck.Defined d : defined) {
      declarations = declarations.and(d.cluster().declarations());
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ProblemsException(problems, declarations); // the one gate: nothing has been read or rendered
    }
    var secrets = new ArrayList<ResolvedSecrets>(defined.size());
    for (DuplicateClusterCheck.Defined d : defined) {
      if (resolver == null) {
        secrets.add(ResolvedSecrets.unread());
      } else {
        var read = SecretStage.read(d.cluster(), resolver);
        secrets.add(read.secrets());
        problems.addAll(Checks.notAllowed(d.cluster(), read.warnings()));
      }
    }
    problems.sort(null);
    var tree = FileTree.builder();
    var secretsTree = FileTree.builder();
    for (int i = 0; i < defined.size(); i++) {
      var d = defined.get(i);
      var context = new RenderContext(d.source(), secrets.get(i), tree, secretsTree);
      RENDERERS.forEach(renderer -> renderer.render(d.cluster(), context));
    }
    return new Generation(tree.build(), secretsTree.build(), problems, declarations);
  }

  /** {@link #generate(List)} for one definition. */
  public static Generation generate(ClusterDefinition definition) {
    return generate(List.of(definition));
  }
}
