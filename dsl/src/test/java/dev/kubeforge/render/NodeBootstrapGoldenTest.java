package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Golden;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.cloudinit.Seed002CoreOsCluster;
import dev.kubeforge.cloudinit.CriDockerdCluster;
import dev.kubeforge.cloudinit.Seed004LabCluster;
import dev.kubeforge.kubeadm.HaCluster;
import dev.kubeforge.kubeadm.Seed003;
import dev.kubeforge.output.FileTree;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kubeadm and cloud-init golden cases: seed 003's set-up (single node, init and join), an HA
 * cluster, seed 004's lab brought up by cloud-config, a one-node Docker homelab that installs cri-dockerd,
 * and seed 002's CoreOS cluster. Each case is the
 * files one renderer writes for the definition, generated through {@link Kubeforge} so that every check
 * runs too, and the same bytes under another locale and time zone.
 */
class NodeBootstrapGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("kubeadm", "seed003-single-node", Seed003.singleNode(), "/kubeadm/"),
        Arguments.of("kubeadm", "seed003-init-join", Seed003.initJoin(), "/kubeadm/"),
        Arguments.of("kubeadm", "ha", new HaCluster(), "/kubeadm/"),
        Arguments.of("cloudinit", "seed003-init-join", Seed003.initJoin(), "/cloud-init/"),
        Arguments.of("cloudinit", "seed004-lab", new Seed004LabCluster(), "/cloud-init/"),
        Arguments.of("cloudinit", "cri-dockerd", new CriDockerdCluster(), "/cloud-init/"),
        Arguments.of("cloudinit", "seed002-coreos", new Seed002CoreOsCluster(), "/coreos/"));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void rendersTheGoldenFiles(String renderer, String name, ClusterDefinition definition, String folder) {
    var files = files(definition, folder);
    Golden.assertTree(Golden.caseDir(renderer, name), files);

    var locale = Locale.getDefault();
    var zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertEquals(files, files(definition, folder), "the same bytes under tr-TR and Pacific/Chatham");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /** The files below {@code <cluster>/<folder>} of the generation. */
  static FileTree files(ClusterDefinition definition, String folder) {
    var generated = Kubeforge.generate(List.of(definition)).files();
    var tree = FileTree.builder();
    for (String path : generated.paths()) {
      if (path.substring(path.indexOf('/')).startsWith(folder)) {
        tree.add(path, generated.bytes(path));
      }
    }
    return tree.build();
  }
}
