package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Golden;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.cloudinit.Seed004LabCluster;
import dev.kubeforge.kubeadm.HaCluster;
import dev.kubeforge.kubeadm.Seed003;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the real checkers on the kubeadm and cloud-init golden files and on their complete forms from the
 * secrets output: the kubeadm JSON schema of {@code validate-k8s.mjs} (strict) and {@code cloud-init
 * schema} 25.1. The legacy CoreOS form is no cloud-init user-data, so {@code validate-all} cannot take it
 * whole (cloud-init rejects its {@code coreos} key); it is checked in parts: the rest of the document
 * against cloud-init's schema, and each unit with {@code systemd-analyze verify}. Skipped where the
 * validators are not installed; CI installs them.
 */
class NodeBootstrapValidatorsTest {

  private static final Path VALIDATORS = Validators.HOME;
  private static final Path KUBEADM = Golden.caseDir("kubeadm", "x").getParent();
  private static final Path CLOUD_INIT = Golden.caseDir("cloudinit", "x").getParent();
  private static final Path COREOS = Golden.caseDir("cloudinit", "seed002-coreos").resolve("seed002/coreos/cloud-config.yaml");

  /** Values of the right form for every secret of the test clusters. */
  private static final Map<String, String> VALUES = Map.of(
      "KUBEADM_TOKEN", "abcdef.0123456789abcdef",
      "KUBEADM_CA_CERT_HASH", "sha256:" + "7c1d8a2f9e3b4c5d".repeat(4),
      "KUBEADM_CERTIFICATE_KEY", "5d9f1a3c7e2b4f6a".repeat(4));

  @BeforeAll
  static void validatorsInstalled() {
    Validators.assumeInstalled();
  }

  @Test
  void kubeadmFilesPassTheKubeadmSchema() throws Exception {
    var result = Validators.run("node", VALIDATORS.resolve("validate-k8s.mjs").toString(), KUBEADM.toString());
    assertTrue(result.output().contains(" 0 problem(s)"), result.output());
    assertEquals(0, result.status(), result.output());
  }

  @Test
  void cloudConfigsPassCloudInitSchema() throws Exception {
    var files = new ArrayList<String>();
    files.add(VALIDATORS.resolve("validate-cloudinit.sh").toString());
    files.addAll(yamlFiles(CLOUD_INIT, "/cloud-init/"));
    assertFalse(files.size() < 7, "the golden cloud-configs: " + files);
    var result = Validators.run(files.toArray(String[]::new));
    assertEquals(0, result.status(), result.output());
  }

  @Test
  void completeFilesOfTheSecretsOutputPassToo(@TempDir Path temp) throws Exception {
    SecretResolver resolver = value -> VALUES.get(((SecretValue.FromEnv) value).variable())
        .getBytes(StandardCharsets.UTF_8);
    for (ClusterDefinition definition : List.of(Seed003.initJoin(), new HaCluster(), new Seed004LabCluster())) {
      var generation = Kubeforge.generate(List.of(definition), resolver);
      for (String path : generation.secrets().paths()) {
        var file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, generation.secrets().bytes(path));
      }
    }
    var kubeadmFiles = new ArrayList<String>(List.of("node", VALIDATORS.resolve("validate-k8s.mjs").toString()));
    kubeadmFiles.addAll(yamlFiles(temp, "/kubeadm/"));
    assertEquals(2 + 3 + 4 + 3, kubeadmFiles.size(), "every kubeadm file that holds a secret: " + kubeadmFiles);
    var kubeadm = Validators.run(kubeadmFiles.toArray(String[]::new));
    assertTrue(kubeadm.output().contains(" 0 problem(s)"), kubeadm.output());
    assertEquals(0, kubeadm.status(), kubeadm.output());
    var cloudConfigs = new ArrayList<String>();
    cloudConfigs.add(VALIDATORS.resolve("validate-cloudinit.sh").toString());
    cloudConfigs.addAll(yamlFiles(temp, "/cloud-init/"));
    assertEquals(1 + 3 + 4 + 3, cloudConfigs.size(), "every node's complete cloud-config: " + cloudConfigs);
    var cloudInit = Validators.run(cloudConfigs.toArray(String[]::new));
    assertEquals(0, cloudInit.status(), cloudInit.output());
  }

  @Test
  void coreosFormPassesInParts(@TempDir Path temp) throws Exception {
    var text = Files.readString(COREOS);
    var whole = Validators.run(VALIDATORS.resolve("validate-cloudinit.sh").toString(), COREOS.toString());
    assertTrue(whole.output().contains("'coreos' was unexpected"),
        "cloud-init rejects the coreos key, which is why validate-all cannot take this file:\n" + whole.output());

    int coreos = text.indexOf("\ncoreos:\n");
    assertTrue(coreos > 0, "coreos is the last top-level key");
    var rest = temp.resolve("rest.user-data.yaml");
    Files.writeString(rest, text.substring(0, coreos + 1));
    var cloudInit = Validators.run(VALIDATORS.resolve("validate-cloudinit.sh").toString(), rest.toString());
    assertEquals(0, cloudInit.status(), cloudInit.output());

    @SuppressWarnings("unchecked")
    var document = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    @SuppressWarnings("unchecked")
    var units = (List<Map<String, Object>>) ((Map<String, Object>) document.get("coreos")).get("units");
    var command = new ArrayList<String>(List.of(VALIDATORS.resolve("validate-systemd.sh").toString()));
    for (Map<String, Object> unit : units) {
      if (unit.containsKey("content")) {
        var file = temp.resolve("units").resolve((String) unit.get("name"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, (String) unit.get("content"));
        command.add(file.toString());
      }
    }
    assertEquals(1 + 9, command.size(), "the seed's nine units");
    var systemd = Validators.run(command.toArray(String[]::new));
    assertEquals(0, systemd.status(), systemd.output());
  }

  private static List<String> yamlFiles(Path root, String folder) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> file.toString().replace('\\', '/').contains(folder))
          .map(Path::toString).sorted().toList();
    }
  }

}
