package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden manifest of the k8s layer (workloads, Ingresses, storage, and the secrets trees) passes the
 * real Kubernetes validator (the OpenAPI schema of Kubernetes 1.36, strict about unknown fields):
 * {@code validate-k8s.mjs} from the shared validator toolkit. Gateway API and Traefik kinds are custom
 * resources the validator does not know: they are checked for YAML syntax only
 * ({@code --allow-unknown-kinds}). Skipped, with a message, where the toolkit is not installed; CI always
 * has it.
 */
class KubernetesSchemaTest {

  private static final Path TOOLKIT = Path.of(System.getProperty("kube.validate.dir", "/var/tmp/kubeforge-validate"));
  private static final List<String> CUSTOM_RESOURCE_GROUPS = List.of("gateway.networking.k8s.io/", "traefik.io/");

  @Test
  void everyGoldenManifestPassesTheKubernetesSchema() throws IOException, InterruptedException {
    var script = TOOLKIT.resolve("validate-k8s.mjs");
    assumeTrue(Files.exists(TOOLKIT.resolve(".installed")) && Files.exists(script),
        "Kubernetes validator not installed at " + TOOLKIT + " (run ../shared/validate/install-deps.sh, or set"
            + " -Dkube.validate.dir); skipping the schema check of the golden manifests");
    var builtIn = new ArrayList<Path>();
    var custom = new ArrayList<Path>();
    for (Path manifest : manifests(WorkloadGoldenTest.GOLDEN)) {
      var apiVersion = read(manifest).lines().filter(line -> line.startsWith("apiVersion: ")).findFirst().orElse("");
      var group = apiVersion.substring(Math.min(apiVersion.length(), "apiVersion: ".length()));
      (CUSTOM_RESOURCE_GROUPS.stream().anyMatch(group::startsWith) ? custom : builtIn).add(manifest);
    }
    assertFalse(builtIn.isEmpty(), "no golden manifests under " + WorkloadGoldenTest.GOLDEN);
    assertFalse(custom.isEmpty(), "no Gateway API or Traefik manifests under " + WorkloadGoldenTest.GOLDEN);
    validate(script, List.of(), builtIn);
    validate(script, List.of("--allow-unknown-kinds"), custom);
  }

  private static void validate(Path script, List<String> flags, List<Path> manifests)
      throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add("node");
    command.add(script.toString());
    command.addAll(flags);
    manifests.forEach(m -> command.add(m.toString()));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, process.waitFor(120, TimeUnit.SECONDS), "validator did not finish");
    assertEquals(0, process.exitValue(), output);
    assertEquals("validate-k8s: " + manifests.size() + " file(s), " + manifests.size() + " document(s), 0 problem(s)",
        output.strip(), output);
  }

  /** Every YAML manifest (a file with a top-level {@code kind:}) under the golden cases. */
  private static List<Path> manifests(Path goldenRoot) {
    try (Stream<Path> files = Files.walk(goldenRoot)) {
      return files.filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> read(f).lines().anyMatch(line -> line.startsWith("kind: ")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
