package dev.kubeforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed classes of {@code dev.kubeforge.kubeadm} are exactly what the schema generates. Run with
 * {@code -Dkube.golden.update=true} to rewrite them (and delete generated classes the schema no longer has).
 */
class ConfigApiGeneratorTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/kubeforge/kubeadm");
  private static final boolean UPDATE = Boolean.getBoolean("kube.golden.update");

  @Test
  void committedClassesMatchTheSchema() throws IOException {
    var expected = new TreeMap<String, String>();
    for (JavaFile file : ConfigApiGenerator.generate(ConfigApiGenerator.SCHEMA)) {
      expected.put(file.typeSpec().name() + ".java", file.toString());
    }
    var committed = new TreeMap<String, String>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.sorted().toList()) {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("// " + ConfigApiGenerator.MARKER.lines().findFirst().orElseThrow())) {
          committed.put(file.getFileName().toString(), text);
        }
      }
    }
    if (UPDATE) {
      for (String stale : committed.keySet()) {
        if (!expected.containsKey(stale)) {
          Files.delete(SOURCES.resolve(stale));
        }
      }
      for (var entry : expected.entrySet()) {
        if (!entry.getValue().equals(committed.get(entry.getKey()))) {
          Files.writeString(SOURCES.resolve(entry.getKey()), entry.getValue(), StandardCharsets.UTF_8);
        }
      }
      return;
    }
    var drift = new ArrayList<String>();
    for (var entry : expected.entrySet()) {
      var actual = committed.get(entry.getKey());
      if (actual == null) {
        drift.add("missing: " + entry.getKey());
      } else if (!actual.equals(entry.getValue())) {
        drift.add("differs: " + entry.getKey());
      }
    }
    committed.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(name -> drift.add("stale: " + name));
    assertEquals(List.of(), drift, "the classes in " + SOURCES + " drifted from " + ConfigApiGenerator.SCHEMA
        + "; run: mvn -pl dsl test -Dtest=ConfigApiGeneratorTest -Dkube.golden.update=true");
  }
}
