package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every golden manifest of the workload layer passes the real Kubernetes validator (the OpenAPI schema
 * of Kubernetes 1.36, strict about unknown fields): {@code validate-k8s.mjs} from the shared validator
 * toolkit. Skipped, with a message, where the toolkit is not installed; CI always has it.
 */
class KubernetesSchemaTest {

  private static final Path TOOLKIT = Path.of(System.getProperty("kube.validate.dir", "/var/tmp/kubeforge-validate"));

  @Test
  void everyGoldenManifestPassesTheKubernetesSchema() throws IOException, InterruptedException {
    var script = TOOLKIT.resolve("validate-k8s.mjs");
    assumeTrue(Files.exists(TOOLKIT.resolve(".installed")) && Files.exists(script),
        "Kubernetes validator not installed at " + TOOLKIT + " (run ../shared/validate/install-deps.sh, or set"
            + " -Dkube.validate.dir); skipping the schema check of the golden manifests");
    var manifests = GoldenFiles.manifests(WorkloadGoldenTest.GOLDEN);
    assertFalse(manifests.isEmpty(), "no golden manifests under " + WorkloadGoldenTest.GOLDEN);
    var command = new ArrayList<String>();
    command.add("node");
    command.add(script.toString());
    manifests.forEach(m -> command.add(m.toString()));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, process.waitFor(120, TimeUnit.SECONDS), "validator did not finish");
    assertEquals(0, process.exitValue(), output);
    assertEquals("validate-k8s: " + manifests.size() + " file(s), " + manifests.size() + " document(s), 0 problem(s)",
        output.strip(), output);
  }
}
