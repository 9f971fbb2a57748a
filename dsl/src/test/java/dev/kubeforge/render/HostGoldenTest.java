package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.Golden;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.host.AllKindsCluster;
import dev.kubeforge.host.Seed000Cluster;
import dev.kubeforge.output.FileTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Golden files of the host renderers, at {@code src/test/resources/golden/host/<case>/}: the case is built
 * in Java, generated, and its {@code hosts/} tree compared with {@link Golden#assertTree}
 * ({@code -Dkube.golden.update=true} rewrites the expected files).
 */
class HostGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/host");

  @Test
  void seed000() {
    var generation = Kubeforge.generate(new Seed000Cluster());
    assertEquals(List.of(), generation.warnings());
    Golden.assertTree(GOLDEN.resolve("seed-000"), hostFiles(generation.files(), "prod"));
  }

  @Test
  void allKinds() {
    var generation = Kubeforge.generate(new AllKindsCluster());
    assertEquals(List.of(), generation.warnings());
    Golden.assertTree(GOLDEN.resolve("all-kinds"), hostFiles(generation.files(), "lab"));
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
      Golden.assertTree(GOLDEN.resolve("seed-000"), hostFiles(Kubeforge.generate(new Seed000Cluster()).files(), "prod"));
      Golden.assertTree(GOLDEN.resolve("all-kinds"), hostFiles(Kubeforge.generate(new AllKindsCluster()).files(), "lab"));
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
}
