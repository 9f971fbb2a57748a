package dev.kubeforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkers generator: its naming rules, the modules it covers, and how it syncs dsl's generated
 * sources (dsl's {@code ObjectTreeEquivalenceTest} proves the walkers themselves equal to Jackson).
 */
class TreesGeneratorTest {

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

  @Test
  void everyWalkerIsMarkedGeneratedAndPackagePrivateInRender() {
    var sources = TreesGenerator.sources();
    assertTrue(sources.containsKey("KindTrees.java") && sources.containsKey("CoreTrees.java"), sources.keySet()::toString);
    sources.forEach((name, source) -> {
      assertTrue(source.startsWith("// " + TreesGenerator.MARKER + " from the fabric8 kubernetes-model "), name);
      assertTrue(source.contains("\npackage dev.kubeforge.render;\n"), name);
      var type = name.substring(0, name.length() - ".java".length());
      assertTrue(source.contains("@Generated(\"dev.kubeforge.codegen.TreesGenerator\")\nfinal class " + type + " {"),
          name);
    });
  }

  @Test
  void writeRewritesOnlyChangedFilesAndDeletesOnlyStaleGeneratedOnes(@TempDir Path root) throws IOException {
    var marker = "// " + TreesGenerator.MARKER + "\n";
    var sources = new TreeMap<String, String>();
    sources.put("ATrees.java", marker + "class ATrees {}\n");
    sources.put("BTrees.java", marker + "class BTrees {}\n");
    assertEquals(2, TreesGenerator.write(root, sources));

    var old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(root.resolve("ATrees.java"), old);
    Files.writeString(root.resolve("StaleTrees.java"), marker + "class StaleTrees {}\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("Mine.java"), "class Mine {}\n", StandardCharsets.UTF_8);
    sources.put("BTrees.java", marker + "class BTrees { }\n");

    assertEquals(1, TreesGenerator.write(root, sources));
    assertEquals(old, Files.getLastModifiedTime(root.resolve("ATrees.java")));
    assertEquals(marker + "class BTrees { }\n", Files.readString(root.resolve("BTrees.java")));
    try (var files = Files.list(root)) {
      assertEquals(List.of("ATrees.java", "BTrees.java", "Mine.java"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }
}
