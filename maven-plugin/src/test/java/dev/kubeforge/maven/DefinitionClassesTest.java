package dev.kubeforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.check.ProblemsException;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionClassesTest {

  private static final String TEST = DefinitionClassesTest.class.getName();

  @TempDir
  Path classes;

  private final RecordingLog log = new RecordingLog("debug", "warn");

  @Test
  void discoversPublicConcreteDefinitionsWithANoArgumentConstructorSortedByName() throws Exception {
    copy(Staging.class, Prod.class, Base.class, Hidden.class, Sized.class, NotADefinition.class);

    var found = DefinitionClasses.discover(classes, loader(), log);

    assertEquals(List.of(Prod.class, Staging.class), found);
    assertEquals(List.of(
        "debug: kube: " + TEST + "$Base is no cluster definition to generate: it is abstract",
        "debug: kube: " + TEST + "$Hidden is no cluster definition to generate: it is not public",
        "debug: kube: " + TEST + "$Sized is no cluster definition to generate: it has no public no-argument"
            + " constructor"),
        log.lines);
  }

  @Test
  void discoveryDoesNotInitializeTheClassesItLooksAt() throws Exception {
    copy(Loud.class);

    assertEquals(List.of(Loud.class), DefinitionClasses.discover(classes, loader(), log));
  }

  @Test
  void discoverySkipsAClassThatCannotBeLoadedWithAWarning() throws Exception {
    copy(Prod.class);
    var garbage = classes.resolve("dev/kubeforge/maven/Garbage.class");
    Files.writeString(garbage, "not a class file");

    var found = DefinitionClasses.discover(classes, loader(), log);

    assertEquals(List.of(Prod.class), found);
    assertEquals(1, log.lines.size());
    assertTrue(log.lines.get(0).startsWith("warn: kube: skipped dev.kubeforge.maven.Garbage, which cannot be loaded"
        + " from the runtime classpath: java.lang.ClassFormatError: "), log.lines.get(0));
  }

  @Test
  void discoveryInAMissingDirectoryFindsNothing() throws Exception {
    assertEquals(List.of(), DefinitionClasses.discover(classes.resolve("absent"), loader(), log));
  }

  @Test
  void namedDefinitionIsLoaded() throws Exception {
    assertEquals(Prod.class, DefinitionClasses.named(TEST + "$Prod", loader()));
  }

  @Test
  void namedDefinitionThatDoesNotExistNamesTheParameter() {
    var e = assertThrows(MojoExecutionException.class, () -> DefinitionClasses.named("com.example.Missing", loader()));

    assertEquals("<definitions> (-Dkube.definitions) names com.example.Missing, which is neither among the"
        + " project's classes nor in its runtime dependencies", e.getMessage());
  }

  @Test
  void namedClassThatIsNoDefinitionNamesTheParameter() {
    var e = assertThrows(MojoExecutionException.class,
        () -> DefinitionClasses.named(TEST + "$NotADefinition", loader()));

    assertEquals("<definitions> (-Dkube.definitions) names " + TEST + "$NotADefinition, which does not implement"
        + " dev.kubeforge.ClusterDefinition", e.getMessage());
  }

  @Test
  void namedDefinitionThatCannotBeCreatedSaysWhy() {
    var base = assertThrows(MojoExecutionException.class, () -> DefinitionClasses.named(TEST + "$Base", loader()));
    var sized = assertThrows(MojoExecutionException.class, () -> DefinitionClasses.named(TEST + "$Sized", loader()));

    assertEquals("<definitions> (-Dkube.definitions) names " + TEST + "$Base, which is abstract", base.getMessage());
    assertEquals("<definitions> (-Dkube.definitions) names " + TEST + "$Sized, which has no public no-argument"
        + " constructor", sized.getMessage());
  }

  @Test
  void generateRunsEveryDefinitionWithTheProjectLoaderAsContextLoader() throws Exception {
    var loader = loader();
    var before = Thread.currentThread().getContextClassLoader();

    var generation = DefinitionClasses.generate(List.of(Prod.class, Staging.class, Observing.class), loader, null);

    assertTrue(generation.files().contains("prod/kubernetes/kustomization.yaml"), generation.files().toString());
    assertTrue(generation.files().contains("staging/kubernetes/kustomization.yaml"), generation.files().toString());
    assertSame(loader, Observing.contextLoader);
    assertSame(before, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void generateNamesTheLineOfADefinitionThatThrows() {
    var e = assertThrows(MojoExecutionException.class,
        () -> DefinitionClasses.generate(List.of(Prod.class, BadName.class), loader(), null));

    assertEquals("kube: a cluster definition threw java.lang.IllegalArgumentException: cluster name is not a DNS-1123"
        + " label: 'Bad Name' (lowercase letters, digits and '-', at most 63)\n  at " + TEST
        + "$BadName.define(DefinitionClassesTest.java:" + BadName.line + ")", e.getMessage());
  }

  @Test
  void generateNamesADefinitionWhoseConstructorThrows() {
    var e = assertThrows(MojoExecutionException.class,
        () -> DefinitionClasses.generate(List.of(Failing.class), loader(), null));

    assertEquals("kube: creating " + TEST + "$Failing threw java.lang.IllegalStateException: no configuration\n  at "
        + TEST + "$Failing.<init>(DefinitionClassesTest.java:" + Failing.line + ")", e.getMessage());
  }

  @Test
  void generateLetsProblemsThrough() {
    var e = assertThrows(ProblemsException.class,
        () -> DefinitionClasses.generate(List.of(InvalidName.class), loader(), null));

    assertEquals(1, e.errors().size());
    assertEquals("invalid-name", e.errors().get(0).checkId());
  }

  private void copy(Class<?>... types) throws Exception {
    var root = Path.of(DefinitionClassesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (Class<?> type : types) {
      var file = type.getName().replace('.', '/') + ".class";
      var target = classes.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(root.resolve(file), target);
    }
  }

  private URLClassLoader loader() throws Exception {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  public static final class Prod implements ClusterDefinition {
    @Override
    public Cluster define() {
      return Cluster.named("prod").build();
    }
  }

  public static final class Staging implements ClusterDefinition {
    @Override
    public Cluster define() {
      return Cluster.named("staging").build();
    }
  }

  public abstract static class Base implements ClusterDefinition {}

  static final class Hidden implements ClusterDefinition {
    @Override
    public Cluster define() {
      return Cluster.named("hidden").build();
    }
  }

  public static final class Sized implements ClusterDefinition {
    private final int nodes;

    public Sized(int nodes) {
      this.nodes = nodes;
    }

    @Override
    public Cluster define() {
      return Cluster.named("sized-" + nodes).build();
    }
  }

  public static final class NotADefinition {}

  /** Fails as soon as it is initialized, which discovery must not do. */
  public static final class Loud implements ClusterDefinition {
    static {
      if (Boolean.parseBoolean("true")) {
        throw new IllegalStateException("Loud was initialized");
      }
    }

    @Override
    public Cluster define() {
      return Cluster.named("loud").build();
    }
  }

  public static final class Observing implements ClusterDefinition {
    static ClassLoader contextLoader;

    @Override
    public Cluster define() {
      contextLoader = Thread.currentThread().getContextClassLoader();
      return Cluster.named("observed").build();
    }
  }

  public static final class BadName implements ClusterDefinition {
    static int line;

    @Override
    public Cluster define() {
      line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
      return Cluster.named("Bad Name").build();
    }
  }

  public static final class Failing implements ClusterDefinition {
    static int line;

    public Failing() {
      line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
      throw new IllegalStateException("no configuration");
    }

    @Override
    public Cluster define() {
      return Cluster.named("failing").build();
    }
  }

  public static final class InvalidName implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("invalid");
      cluster.namespace("web").add(new ConfigMapBuilder().withNewMetadata().withName("A_B").endMetadata().build());
      return cluster.build();
    }
  }
}
