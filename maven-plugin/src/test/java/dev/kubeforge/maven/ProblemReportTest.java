package dev.kubeforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.check.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

  private static final ObjectPath PROD_WEB = ObjectPath.of("cluster", "prod").child("namespace", "web");

  @Test
  void headlineCountsErrorsAndWarningsOfOneCluster() {
    var problems = List.of(
        Problem.error("invalid-name", PROD_WEB.child("configmap", "A_B"), "bad name"),
        Problem.error("duplicate-object", PROD_WEB.child("service", "site"), "twice"),
        Problem.warning("image-tag-latest", PROD_WEB.child("app", "site"), "unpinned"));

    assertEquals("2 errors and 1 warning in cluster prod", ProblemReport.headline(problems));
  }

  @Test
  void headlineNamesEveryCluster() {
    var problems = List.of(
        Problem.error("invalid-name", ObjectPath.of("cluster", "staging"), "bad name"),
        Problem.error("invalid-name", ObjectPath.of("cluster", "prod"), "bad name"),
        Problem.error("invalid-name", ObjectPath.of("cluster", "dev"), "bad name"));

    assertEquals("3 errors in clusters dev, prod and staging", ProblemReport.headline(problems));
  }

  @Test
  void headlineOfOneWarning() {
    var problems = List.of(Problem.warning("image-tag-latest", PROD_WEB.child("app", "site"), "unpinned"));

    assertEquals("1 warning in cluster prod", ProblemReport.headline(problems));
  }

  @Test
  void linesIndentThePathAndMessageAndTheHintBelowThem() {
    var problem = Problem.error("service-selects-nothing", PROD_WEB.child("service", "orphan"),
            "Service 'orphan' selects {app=gone}, which matches no pod template in namespace web")
        .hint("select the labels of a workload in the same namespace");

    assertEquals(List.of(
            "  cluster prod › namespace web › service orphan: Service 'orphan' selects {app=gone}, which matches"
                + " no pod template in namespace web [service-selects-nothing]",
            "    hint: select the labels of a workload in the same namespace"),
        ProblemReport.lines(problem));
  }

  @Test
  void linesOfAProblemWithoutHint() {
    var problem = Problem.error("invalid-name", PROD_WEB.child("configmap", "A_B"), "name is not valid: 'A_B'");

    assertEquals(List.of("  cluster prod › namespace web › configmap A_B: name is not valid: 'A_B' [invalid-name]"),
        ProblemReport.lines(problem));
  }

  @Test
  void countUsesTheSingularForOne() {
    assertEquals("1 file", ProblemReport.count(1, "file"));
    assertEquals("0 files", ProblemReport.count(0, "file"));
    assertEquals("12 files", ProblemReport.count(12, "file"));
  }
}
