package dev.kubeforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The committed classes of {@code dev.kubeforge.kubeadm.config} in {@code dsl/src/generated/java} are
 * exactly what the schema generates. Run with {@code -Dkube.golden.update=true} to rewrite them (and delete
 * generated classes the schema no longer has).
 */
class ConfigApiGeneratorTest {

  /** The schema and the committed source root, relative to this module ({@code dsl/codegen}). */
  static final Path SCHEMA = Path.of("../src/codegen/config-api.yaml");
  private static final Path SOURCES = Path.of("../src/generated/java")
      .resolve(ConfigApiGenerator.PACKAGE.replace('.', '/'));
  private static final boolean UPDATE = Boolean.getBoolean("kube.golden.update");

  @Test
  void committedClassesMatchTheSchema() throws IOException {
    var expected = new TreeMap<String, String>();
    for (JavaFile file : ConfigApiGenerator.generate(SCHEMA)) {
      expected.put(file.typeSpec().name() + ".java", file.toString());
    }
    var committed = new TreeMap<String, String>();
    try (Stream<Path> files = Files.exists(SOURCES) ? Files.list(SOURCES) : Stream.empty()) {
      for (Path file : files.sorted().toList()) {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("// " + ConfigApiGenerator.MARKER.lines().findFirst().orElseThrow())) {
          committed.put(file.getFileName().toString(), text);
        }
      }
    }
    if (UPDATE) {
      Files.createDirectories(SOURCES);
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
    assertEquals(List.of(), drift, "the classes in " + SOURCES + " drifted from " + SCHEMA
        + "; run: " + ConfigApiGenerator.REGENERATE);
  }

  @Test
  void everyClassIsGeneratedInTheConfigPackage() throws IOException {
    for (JavaFile file : ConfigApiGenerator.generate(SCHEMA)) {
      var source = file.toString();
      assertEquals("dev.kubeforge.kubeadm.config", file.packageName());
      assertTrue(source.contains("\n@Generated(\"dev.kubeforge.codegen.ConfigApiGenerator\")\npublic "),
          file.typeSpec().name());
    }
  }

  @Test
  void aSharedEnumIsTheHandWrittenLayersOwn() throws IOException {
    var kubelet = ConfigApiGenerator.generate(SCHEMA).stream()
        .filter(file -> file.typeSpec().name().equals("KubeletConfiguration")).findFirst().orElseThrow().toString();
    assertTrue(kubelet.contains("\nimport dev.kubeforge.core.CgroupDriver;\n"), kubelet);
    assertTrue(kubelet.contains("  public KubeletConfiguration cgroupDriver(CgroupDriver cgroupDriver) {\n"
        + "    checkMutable();\n    this.cgroupDriver = requireNonNull(cgroupDriver, \"cgroupDriver\");\n"), kubelet);
    assertTrue(kubelet.contains("  public CgroupDriver cgroupDriver() {\n"), kubelet);
    var names = ConfigApiGenerator.generate(SCHEMA).stream().map(file -> file.typeSpec().name()).toList();
    assertTrue(!names.contains("HostPathType") && !names.contains("ImagePullPolicy") && !names.contains("CgroupDriver"),
        names::toString);
    var mount = ConfigApiGenerator.generate(SCHEMA).stream()
        .filter(file -> file.typeSpec().name().equals("HostPathMount")).findFirst().orElseThrow().toString();
    assertTrue(mount.contains("\nimport dev.kubeforge.core.HostPathType;\n")
        && mount.contains("  public HostPathMount pathType(HostPathType pathType) {\n"), mount);
  }
}
