package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every golden Kubernetes manifest of this package passes the Kubernetes OpenAPI schema in strict mode
 * ({@code validate-k8s.mjs}, see VALIDATORS.md). Skipped, with a message, where the validator is not
 * installed; CI has it. Gateway API and Traefik kinds are custom resources the validator does not know:
 * they are checked for YAML syntax only ({@code --allow-unknown-kinds}).
 */
class GoldenSchemaTest {

  private static final Path VALIDATOR = Path.of(System.getProperty("kube.validate.dir", "/var/tmp/kubeforge-validate"));
  private static final List<String> CUSTOM_RESOURCE_GROUPS = List.of("gateway.networking.k8s.io/", "traefik.io/");

  @Test
  void goldenManifestsPassTheKubernetesSchema() throws Exception {
    assumeTrue(Files.exists(VALIDATOR.resolve(".installed")),
        "the Kubernetes validator is not installed at " + VALIDATOR + " (see VALIDATORS.md); skipping");
    var builtIn = new ArrayList<String>();
    var custom = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(IngressGoldenTest.GOLDEN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        var apiVersion = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("apiVersion: ")).findFirst().orElse(null);
        if (apiVersion == null) {
          continue; // kustomization.yaml: not a Kubernetes object
        }
        var group = apiVersion.substring("apiVersion: ".length());
        (CUSTOM_RESOURCE_GROUPS.stream().anyMatch(group::startsWith) ? custom : builtIn)
            .add(file.toAbsolutePath().toString());
      }
    }
    assertFalse(builtIn.isEmpty(), "no golden manifest found under " + IngressGoldenTest.GOLDEN);
    validate(List.of(), builtIn);
    validate(List.of("--allow-unknown-kinds"), custom);
  }

  private static void validate(List<String> flags, List<String> files) throws IOException, InterruptedException {
    if (files.isEmpty()) {
      return;
    }
    var command = new ArrayList<String>(List.of("node", VALIDATOR.resolve("validate-k8s.mjs").toString()));
    command.addAll(flags);
    command.addAll(files);
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "validate-k8s.mjs " + flags + " failed:\n" + output);
  }
}
