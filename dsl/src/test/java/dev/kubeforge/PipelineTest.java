package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Seed002CoreOsCluster;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.AllKindsCluster;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.kubeadm.HaCluster;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.render.RenderContext;
import dev.kubeforge.render.Renderer;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape: checks and secret reading before one gate, then renderers that are pure and
 * independent, so that one list calls them in any order.
 */
class PipelineTest {

  private static final SecretResolver RESOLVER = value -> ("value of " + value.source() + "\n")
      .getBytes(StandardCharsets.UTF_8);

  private static final List<ClusterDefinition> DEFINITIONS = List.of(new HaCluster(), new Seed002CoreOsCluster(),
      new AllKindsCluster());

  @Test
  void eachRendererAloneWritesItsShareOfTheGeneration() {
    var generation = Kubeforge.generate(DEFINITIONS, RESOLVER);
    var files = new TreeSet<String>();
    var secretFiles = new TreeSet<String>();
    for (ClusterDefinition definition : DEFINITIONS) {
      var cluster = definition.define();
      var secrets = SecretStage.read(cluster, RESOLVER).secrets();
      for (Renderer renderer : Kubeforge.RENDERERS) {
        var own = FileTree.builder();
        var ownSecrets = FileTree.builder();
        renderer.render(cluster, new RenderContext(definition.getClass().getName(), secrets, own, ownSecrets));
        assertShare(own.build(), generation.files(), files);
        assertShare(ownSecrets.build(), generation.secrets(), secretFiles);
      }
    }
    assertEquals(generation.files().paths(), files, "the renderers together write every reviewable file");
    assertEquals(generation.secrets().paths(), secretFiles, "and every file of the secrets output");
    assertTrue(files.stream().anyMatch(p -> p.startsWith("ha/cloud-init/")), "node setups are rendered");
    assertTrue(secretFiles.stream().anyMatch(p -> p.startsWith("ha/cloud-init/")), "with their secrets");
  }

  @Test
  void theRenderersOrderDoesNotMatter() {
    var renderers = new ArrayList<>(Kubeforge.RENDERERS);
    Collections.reverse(renderers);
    var files = FileTree.builder();
    var secretFiles = FileTree.builder();
    for (ClusterDefinition definition : DEFINITIONS) {
      var cluster = definition.define();
      var context = new RenderContext(definition.getClass().getName(), SecretStage.read(cluster, RESOLVER).secrets(),
          files, secretFiles);
      renderers.forEach(renderer -> renderer.render(cluster, context));
    }
    var generation = Kubeforge.generate(DEFINITIONS, RESOLVER);
    assertEquals(generation.files(), files.build());
    assertEquals(generation.secrets(), secretFiles.build());
  }

  @Test
  void everySecretValueIsReadOnceBeforeRendering() {
    var reads = new HashMap<SecretValue, Integer>();
    SecretResolver counting = value -> {
      reads.merge(value, 1, Integer::sum);
      return RESOLVER.resolve(value);
    };
    var generation = Kubeforge.generate(List.of(new HaCluster()), counting);
    assertEquals(Map.of(SecretValue.fromEnv("KUBEADM_TOKEN"), 1, SecretValue.fromEnv("KUBEADM_CA_CERT_HASH"), 1,
        SecretValue.fromEnv("KUBEADM_CERTIFICATE_KEY"), 1), reads);
    assertTrue(generation.secrets().paths().contains("ha/kubeadm/cp-1.yaml"));
  }

  @Test
  void anErrorStopsTheGenerationBeforeAnySecretIsRead() {
    var reads = new ArrayList<SecretValue>();
    SecretResolver recording = value -> {
      reads.add(value);
      return RESOLVER.resolve(value);
    };
    ClusterDefinition definition = () -> Cluster.named("t")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1")))
        .cloudInit(c -> c.target(CloudInit.Target.COREOS).packages("nfs-common")
            .file(CloudInit.File.secret("/etc/token", SecretValue.fromEnv("TOKEN"))))
        .build();
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(List.of(definition), recording));
    assertEquals(List.of("coreos-unsupported"), thrown.errors().stream().map(Problem::checkId).toList());
    assertEquals(List.of(), reads);
  }

  @Test
  void theCoreOsCheckSeesThePlanWithoutRendering() {
    var a = HostProfile.named("a", p -> p.journald(Journald.create()));
    var cluster = Cluster.named("t")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1").profile(a)))
        .workers(Node.named("w1", n -> n.address("10.0.0.2")))
        .cloudInit(c -> c.target(CloudInit.Target.COREOS))
        .build();
    assertEquals(List.of("cluster t: file /etc/systemd/journald.conf.d/10-kubeforge.conf is for [cp] only, but the"
            + " CoreOS form writes every file on every host [coreos-unsupported]\n"
            + "  hint: give every node the same file, or use CloudInit.Target.CLOUD_CONFIG"),
        Checks.run(cluster).stream().map(Problem::toString).toList());
  }

  @Test
  void checksThatAreNotAllowableStayAndTheirAllowanceIsAnError() {
    ClusterDefinition definition = () -> Cluster.named("t")
        .controlPlane(Node.named("cp", n -> n.address("10.0.0.1")))
        .cloudInit(c -> c.target(CloudInit.Target.COREOS).packages("nfs-common"))
        .allow("coreos-unsupported", "we install it by hand")
        .build();
    var thrown = assertThrows(ProblemsException.class, () -> Kubeforge.generate(definition));
    assertEquals(List.of(
            "cluster t: allow(\"coreos-unsupported\", ..) names no check [unknown-check-id]",
            "cluster t › cloud-init › packages: the CoreOS form installs no packages: [nfs-common] [coreos-unsupported]"),
        thrown.errors().stream().map(p -> p.toString().lines().findFirst().orElseThrow()).toList());
    assertTrue(Checks.allIds().containsAll(List.of("coreos-unsupported", "duplicate-cluster")));
    assertTrue(Checks.knownIds().stream().noneMatch(List.of("coreos-unsupported", "duplicate-cluster")::contains));
  }

  /** Every file of {@code part} is in {@code whole} with the same bytes, and no other part wrote it. */
  private static void assertShare(FileTree part, FileTree whole, TreeSet<String> seen) {
    for (String path : part.paths()) {
      assertTrue(whole.paths().contains(path), path + " is in the generation");
      assertArrayEquals(whole.bytes(path), part.bytes(path), path);
      assertTrue(seen.add(path), path + " is written by one renderer only");
    }
  }
}
