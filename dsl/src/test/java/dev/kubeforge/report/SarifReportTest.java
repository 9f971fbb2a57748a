package dev.kubeforge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.Checks;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF log of a failing definition: valid against the SARIF 2.1.0 schema, one rule per check id, each
 * result at the Java line that declared its object, with the generated file as a related location.
 *
 * <p>The schema, {@code sarif-schema-2.1.0.json} beside this class, is the OASIS SARIF TC's, unchanged, from
 * {@code github.com/oasis-tcs/sarif-spec} {@code sarif-2.1/schema/sarif-schema-2.1.0.json} (commit e058381);
 * it is OASIS work, under the OASIS IPR policy (RF on RAND terms), shipped here as a test resource only.
 */
class SarifReportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The schema the tests and the plugin's IT validate against. */
  static Schema schema() throws IOException {
    try (var in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static int line() {
    return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow()).getLineNumber();
  }

  private static int clusterLine;
  private static int appLine;
  private static int otherLine;

  private static final ClusterDefinition BROKEN = () -> {
    clusterLine = line(); var cluster = Cluster.named("prod");
    var web = cluster.namespace("web");
    appLine = line(); web.app("site").port("http", 80)
        .readiness(Probe.tcp("http")).limits(Cpu.millis(500), Size.mib(256)).securityContext(SecurityContext.user(1000));
    otherLine = line(); web.app("shell").image("busybox")
        .limits(Cpu.millis(100), Size.mib(64)).securityContext(SecurityContext.user(65534));
    cluster.namespace("tools").allow("no-such-check", "a typo");
    return cluster.build();
  };

  private static final String SOURCE = "src/test/java/dev/kubeforge/report/SarifReportTest.java";

  private static SarifReport.Layout layout() {
    return new SarifReport.Layout(Path.of("").toAbsolutePath(), List.of(Path.of("src/main/java"),
        Path.of("src/test/java")), Path.of("generated"),
        Set.of("prod/kubernetes/web/deployment-site.yaml", "prod/kubernetes/web/service-site.yaml",
            "prod/kubernetes/web/deployment-site-backup.yaml", "prod/kubernetes/_cluster/namespace-tools.yaml"));
  }

  private static JsonNode written(Path dir) throws IOException {
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(BROKEN));
    var file = dir.resolve("reports/kubeforge.sarif");
    SarifReport.write(thrown.problems(), thrown.declarations(), layout(), file);
    return JSON.readTree(Files.readString(file));
  }

  @Test
  void isValidAgainstTheSarifSchema(@TempDir Path dir) throws IOException {
    var errors = schema().validate(written(dir));
    assertEquals(List.of(), errors.stream().map(Object::toString).toList());
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() throws IOException {
    var errors = schema().validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"));
    assertEquals(1, errors.size(), errors.toString());
  }

  @Test
  void aResultPointsAtTheJavaLineThatDeclaredItsObjectAndAtItsGeneratedFiles(@TempDir Path dir) throws IOException {
    var run = written(dir).get("runs").get(0);
    var result = result(run, "missing-image");
    assertEquals("error", result.get("level").asString());
    assertEquals("cluster prod › namespace web › app site › container site: no image set [missing-image]\n"
        + "  hint: .image(\"registry/name:tag\")", result.get("message").get("text").asString());
    var physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals(SOURCE, physical.get("artifactLocation").get("uri").asString());
    assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").asString());
    assertEquals(appLine, physical.get("region").get("startLine").asInt());
    assertEquals("cluster prod › namespace web › app site › container site",
        result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString());
    var related = new ArrayList<String>();
    result.get("relatedLocations").forEach(r -> related.add(
        r.get("id").asInt() + " " + r.get("physicalLocation").get("artifactLocation").get("uri").asString()));
    assertEquals(List.of("1 generated/prod/kubernetes/web/deployment-site.yaml",
        "2 generated/prod/kubernetes/web/service-site.yaml"), related);
    assertEquals(Path.of("").toAbsolutePath().toUri().toString(),
        run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString());
  }

  @Test
  void warningsAndProblemsAboveAnyConstructFindTheirNearestDeclaration(@TempDir Path dir) throws IOException {
    var run = written(dir).get("runs").get(0);
    var warning = result(run, "image-tag-latest");
    assertEquals("warning", warning.get("level").asString());
    assertEquals(otherLine, warning.get("locations").get(0).get("physicalLocation").get("region").get("startLine")
        .asInt());
    var unknown = result(run, "unknown-check-id");
    var physical = unknown.get("locations").get(0).get("physicalLocation");
    assertEquals(SOURCE, physical.get("artifactLocation").get("uri").asString());
    assertTrue(physical.get("region").get("startLine").asInt() > clusterLine);
    assertEquals("generated/prod/kubernetes/_cluster/namespace-tools.yaml",
        unknown.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString());
  }

  @Test
  void everyCheckIdIsARuleWithItsDescription(@TempDir Path dir) throws IOException {
    var run = written(dir).get("runs").get(0);
    var rules = run.get("tool").get("driver").get("rules");
    var ids = new ArrayList<String>();
    rules.forEach(rule -> ids.add(rule.get("id").asString()));
    assertEquals(List.copyOf(Checks.allIds()), ids);
    var missingImage = rules.get(ids.indexOf("missing-image"));
    assertEquals("A container without an image.", missingImage.get("shortDescription").get("text").asString());
    assertEquals("A container without an image. Accept it on an object and everything below it with"
        + " .allow(\"missing-image\", \"a reason a reviewer can judge\") where the check allows it.",
        missingImage.get("help").get("text").asString());
    assertEquals(ids.indexOf("missing-image"), result(run, "missing-image").get("ruleIndex").asInt());
  }

  @Test
  void theRegistryDescribesEveryCheckIdAndNoOther() {
    assertEquals(Checks.allIds(), CheckDescriptions.all().keySet());
  }

  private static JsonNode result(JsonNode run, String ruleId) {
    for (JsonNode result : run.get("results")) {
      if (result.get("ruleId").asString().equals(ruleId)) {
        return result;
      }
    }
    throw new AssertionError("no result of " + ruleId + " in " + run.get("results"));
  }
}
