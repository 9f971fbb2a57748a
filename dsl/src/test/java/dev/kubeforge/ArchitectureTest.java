package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (DESIGN.md §5): model -> render -> output. The model packages import neither
 * {@code render} nor {@code output}; {@code check} imports the model only; {@code output} knows bytes and
 * paths, no formats; and nothing in dsl imports the Maven API or Jackson 2.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/kubeforge");
  private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

  /** Package (relative to dev.kubeforge) -> import prefixes it must not use. */
  private static final Map<String, List<String>> FORBIDDEN = Map.of(
      "k8s", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "host", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "kubeadm", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "cloudinit", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "secret", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "check", List.of("dev.kubeforge.render", "dev.kubeforge.output"),
      "output", List.of("dev.kubeforge.render", "dev.kubeforge.k8s", "dev.kubeforge.host",
          "dev.kubeforge.check", "tools.jackson", "io.fabric8"));

  private static final List<String> FORBIDDEN_EVERYWHERE =
      List.of("org.apache.maven", "org.codehaus.plexus", "com.fasterxml.jackson.databind",
          "com.fasterxml.jackson.core", "com.palantir.javapoet", "com.squareup.javapoet");

  @Test
  void layersDependOneWay() throws IOException {
    var violations = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        var relative = SOURCES.relativize(file.getParent()).toString().replace('\\', '/');
        var layer = relative.isEmpty() ? "" : relative.split("/")[0];
        var forbidden = new ArrayList<>(FORBIDDEN_EVERYWHERE);
        forbidden.addAll(FORBIDDEN.getOrDefault(layer, List.of()));
        var matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
          var imported = matcher.group(2);
          for (String prefix : forbidden) {
            if (imported.startsWith(prefix)) {
              violations.add(SOURCES.relativize(file) + " imports " + imported);
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
