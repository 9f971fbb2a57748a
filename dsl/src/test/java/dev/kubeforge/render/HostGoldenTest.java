package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.host.AllKindsCluster;
import dev.kubeforge.host.Seed000Cluster;
import dev.kubeforge.output.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden files of the host renderers, at {@code src/test/resources/golden/host/<case>/}: the case is built
 * in Java, generated, and its {@code hosts/} tree compared file by file. {@code -Dkube.golden.update=true}
 * rewrites the expected files.
 */
class HostGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/host");

  @Test
  void seed000() {
    var generation = Kubeforge.generate(new Seed000Cluster());
    assertEquals(List.of(), generation.warnings());
    assertGoldenTree(GOLDEN.resolve("seed-000"), hostFiles(generation.files(), "prod"));
  }

  @Test
  void allKinds() {
    var generation = Kubeforge.generate(new AllKindsCluster());
    assertEquals(List.of(), generation.warnings());
    assertGoldenTree(GOLDEN.resolve("all-kinds"), hostFiles(generation.files(), "lab"));
  }

  @Test
  void seed000RendersTheSameBytesTwice() {
    assertEquals(Kubeforge.generate(new Seed000Cluster()).files(), Kubeforge.generate(new Seed000Cluster()).files());
  }

  @Test
  void seed000IsTheSameUnderATurkishLocaleAndAnotherTimeZone() {
    var locale = Locale.getDefault();
    var zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertGoldenTree(GOLDEN.resolve("seed-000"), hostFiles(Kubeforge.generate(new Seed000Cluster()).files(), "prod"));
      assertGoldenTree(GOLDEN.resolve("all-kinds"), hostFiles(Kubeforge.generate(new AllKindsCluster()).files(), "lab"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** The files under {@code <cluster>/hosts/}, at paths relative to it. */
  static FileTree hostFiles(FileTree all, String cluster) {
    var prefix = cluster + "/hosts/";
    var tree = FileTree.builder();
    for (String path : all.paths()) {
      if (path.startsWith(prefix)) {
        tree.add(path.substring(prefix.length()), all.bytes(path));
      }
    }
    return tree.build();
  }

  /**
   * Asserts that {@code caseDir} holds exactly the files of {@code tree}, byte for byte; reports every
   * missing, extra and differing file. Does what {@code Golden.assertTree(Path, FileTree)} does; switch
   * to it once it exists.
   */
  static void assertGoldenTree(Path caseDir, FileTree tree) {
    if (Boolean.getBoolean("kube.golden.update")) {
      update(caseDir, tree);
      return;
    }
    var expected = new TreeSet<String>(list(caseDir));
    var problems = new ArrayList<String>();
    for (String path : tree.paths()) {
      if (!expected.remove(path)) {
        problems.add("extra file: " + path);
      } else if (!tree.sameContent(path, read(caseDir.resolve(path)))) {
        problems.add("differs: " + path + "\n--- expected\n" + new String(read(caseDir.resolve(path)),
            StandardCharsets.UTF_8) + "--- actual\n" + tree.text(path));
      }
    }
    expected.forEach(path -> problems.add("missing file: " + path));
    if (!problems.isEmpty()) {
      fail(caseDir + " does not match (run with -Dkube.golden.update=true to accept):\n" + String.join("\n", problems));
    }
  }

  private static void update(Path caseDir, FileTree tree) {
    try {
      for (String path : list(caseDir)) {
        Files.delete(caseDir.resolve(path));
      }
      for (String path : tree.paths()) {
        var file = caseDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, tree.bytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
