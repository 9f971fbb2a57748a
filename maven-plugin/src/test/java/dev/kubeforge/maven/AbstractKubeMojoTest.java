package dev.kubeforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.Policy;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run in process, configured as Maven would: what the fixture builds under src/it do not reach. */
class AbstractKubeMojoTest {

  /** How many files {@link Shop} generates: the renderers decide, not this test. */
  /** The shop cluster's files and the index of owned files beside them. */
  private static final int SHOP_FILES = Kubeforge.generate(new Shop()).files().size() + 1;

  @TempDir
  Path root;

  private Path basedir;
  private final RecordingLog recording = new RecordingLog("info", "warn", "error");
  private final List<String> log = recording.lines;
  private MavenProject project;

  @BeforeEach
  void project() throws Exception {
    basedir = Files.createDirectory(root.resolve("project"));
    var model = new Model();
    model.setBuild(new Build());
    model.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
    project = new MavenProject(model);
    project.setFile(basedir.resolve("pom.xml").toFile());
  }

  @Test
  void anOutputDirectoryThatIsAFileIsAParameterError() throws Exception {
    Files.writeString(basedir.resolve("generated"), "a file");
    var mojo = configure(new GenerateMojo(), List.of(Shop.class.getName()));

    var e = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals("<outputDirectory> (-Dkube.outputDirectory) is a file, not a directory: "
        + basedir.resolve("generated"), e.getMessage());
  }

  @Test
  void diffLinesBelowOneIsAParameterError() throws Exception {
    var mojo = configure(new CheckMojo(), List.of(Shop.class.getName()));
    set(mojo, CheckMojo.class, "diffLines", 0);

    var e = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals("<diffLines> (-Dkube.diffLines) must be at least 1, was 0", e.getMessage());
  }

  @Test
  void noDefinitionFoundIsAWarningAndWritesNothing() throws Exception {
    Files.createDirectories(basedir.resolve("target/classes"));
    var mojo = configure(new GenerateMojo(), List.of());

    mojo.execute();

    assertEquals(List.of("warn: kube: no cluster definition found in target/classes/, so nothing was generated."
        + " A definition is a public class implementing dev.kubeforge.ClusterDefinition with a public no-argument"
        + " constructor; compile it first, or name it in <definitions> (-Dkube.definitions)."), log);
    assertFalse(Files.exists(basedir.resolve("generated")));
  }

  @Test
  void namesInDefinitionsAreStrippedAndBlankOnesIgnored() throws Exception {
    var mojo = configure(new GenerateMojo(), List.of("  " + Shop.class.getName() + " ", ""));

    mojo.execute();

    assertEquals(List.of("info: kube: wrote " + SHOP_FILES + " files, deleted 0, 0 unchanged in generated/"), log);
  }

  @Test
  void checkOnAMissingTreeFailsWithTheFixCommand() throws Exception {
    var mojo = configure(new CheckMojo(), List.of(Shop.class.getName()));
    set(mojo, CheckMojo.class, "diffLines", 200);

    var e = assertThrows(MojoFailureException.class, mojo::execute);

    var outOfDate = "kube: generated/ is out of date (" + SHOP_FILES + " added).";
    assertEquals(outOfDate + " Run 'mvn kube:generate' to update generated/.", e.getMessage());
    assertEquals("error: " + outOfDate, log.get(0));
    assertTrue(log.stream().anyMatch(line -> line.startsWith("error: ") && line.contains("web/service-site.yaml")),
        () -> "the diff is logged at error level: " + log);
  }

  @Test
  void generateNamesAnOutputDirectoryOutsideTheProjectRelativeToIt() throws Exception {
    var mojo = configure(new GenerateMojo(), List.of(Shop.class.getName()));
    set(mojo, AbstractKubeMojo.class, "outputDirectory", root.resolve("shared/generated").toFile());

    mojo.execute();

    assertEquals(List.of("info: kube: wrote " + SHOP_FILES + " files, deleted 0, 0 unchanged in ../shared/generated/"),
        log);
  }

  /**
   * The policy checks the policy pack added, off: these tests assert the log of the checks that were
   * there before it; {@code PolicySettingsTest} covers the parameter.
   */
  private static final Map<String, String> BEFORE_THE_PACK = Policy.policyIds().stream()
      .filter(id -> !List.of("image-tag-latest", "no-resource-limits", "no-readiness-probe", "run-as-root",
          "privileged-container", "host-path-volume", "host-network").contains(id))
      .collect(Collectors.toMap(id -> id, id -> "off"));

  private <M extends AbstractKubeMojo> M configure(M mojo, List<String> definitions) throws Exception {
    set(mojo, AbstractKubeMojo.class, "project", project);
    set(mojo, AbstractKubeMojo.class, "outputDirectory", basedir.resolve("generated").toFile());
    set(mojo, AbstractKubeMojo.class, "classesDirectory", basedir.resolve("target/classes").toFile());
    set(mojo, AbstractKubeMojo.class, "definitions", definitions);
    set(mojo, AbstractKubeMojo.class, "sarif", basedir.resolve("target/kubeforge.sarif").toFile());
    set(mojo, AbstractKubeMojo.class, "policy", new PolicySettings("default", BEFORE_THE_PACK));
    if (mojo instanceof GenerateMojo) {
      set(mojo, GenerateMojo.class, "settings", new Settings()); // no servers, so no decrypter is needed
      set(mojo, GenerateMojo.class, "secretsDirectory", basedir.resolve("target/kubeforge-secrets").toFile());
    }
    mojo.setLog(recording);
    return mojo;
  }

  /** Sets a parameter field the way Maven injects it. */
  private static void set(Object mojo, Class<?> declaring, String field, Object value) throws Exception {
    var f = declaring.getDeclaredField(field);
    f.setAccessible(true);
    f.set(mojo, value);
  }

  public static final class Shop implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("shop");
      cluster.namespace("web").app("site").image("nginx:1.27").port("http", 80)
          .readiness(Probe.http("/", "http"))
          .limits(Cpu.millis(500), Size.mib(256))
          .allow("run-as-root", "the nginx image binds port 80 as root; its worker processes run as user nginx");
      return cluster.build();
    }
  }
}
