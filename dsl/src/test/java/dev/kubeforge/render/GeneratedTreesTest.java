package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed walkers ({@code render/*Trees.java}) are what {@link TreesGenerator} writes today, so a
 * fabric8 upgrade or a generator change cannot leave them stale. {@code -Dkube.golden.update=true}
 * rewrites them (and deletes generated files no longer written).
 */
class GeneratedTreesTest {

  @Test
  void committedWalkersAreCurrent() throws IOException {
    var expected = TreesGenerator.sources();
    var directory = TreesGenerator.SOURCE_DIRECTORY;
    var committed = new TreeSet<String>();
    try (var files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.readString(file, StandardCharsets.UTF_8).startsWith("// " + TreesGenerator.MARKER)) {
          committed.add(file.getFileName().toString());
        }
      }
    }
    if (Boolean.getBoolean("kube.golden.update")) {
      for (String stale : committed) {
        if (!expected.containsKey(stale)) {
          Files.delete(directory.resolve(stale));
        }
      }
      for (var source : expected.entrySet()) {
        Files.writeString(directory.resolve(source.getKey()), source.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    var problems = new ArrayList<String>();
    for (var source : expected.entrySet()) {
      var file = directory.resolve(source.getKey());
      if (!Files.exists(file)) {
        problems.add("missing: " + file);
      } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(source.getValue())) {
        problems.add("differs: " + file);
      }
    }
    for (String name : committed) {
      if (!expected.containsKey(name)) {
        problems.add("no longer generated: " + directory.resolve(name));
      }
    }
    if (!problems.isEmpty()) {
      fail("The generated fabric8 walkers are stale:\n  " + String.join("\n  ", problems)
          + "\nRun '" + TreesGenerator.REGENERATE + "' to update them.");
    }
  }

  @Test
  void groupAndMethodNames() {
    assertEquals("Core", TreesGenerator.group("io.fabric8.kubernetes.api.model"));
    assertEquals("NetworkingV1", TreesGenerator.group("io.fabric8.kubernetes.api.model.networking.v1"));
    assertEquals("httpGetAction", TreesGenerator.methodName("HTTPGetAction"));
    assertEquals("podIP", TreesGenerator.methodName("PodIP"));
    assertEquals("csiDriver", TreesGenerator.methodName("CSIDriver"));
    assertEquals("container", TreesGenerator.methodName("Container"));
    assertEquals("package_", TreesGenerator.methodName("Package"));
  }

  @Test
  void walksTheKindsOfEveryModule() {
    var models = TreesGenerator.models();
    for (var module : TreesGenerator.MODULES) {
      assertTrue(models.containsKey(module), module + " has no walker");
    }
  }
}
