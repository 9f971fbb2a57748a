package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph of {@code dsl}, derived from the compiled classes (every class a class file's constant
 * pool names: supertypes, fields, method signatures, generic signatures, calls), not from import lines.
 * Data flows one way: {@code core} at the bottom, the model layers above it, the cluster aggregate, then
 * checks and renderers, the pipeline entry on top (docs/ARCHITECTURE.md draws it). Any edge outside
 * {@link #ALLOWED}, and any cycle (a strongly connected set of packages), fails the build.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final String ROOT = "dev.kubeforge";

  /**
   * Package (relative to {@code dev.kubeforge}, "" is the root) -> the packages it may depend on. A
   * subpackage not listed is part of its parent's layer (generated code in {@code kubeadm.config}).
   */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("core", Set.of()),
      Map.entry("output", Set.of()),
      Map.entry("secret", Set.of("core")),
      Map.entry("k8s", Set.of("core", "secret")),
      Map.entry("host", Set.of("core", "secret")),
      Map.entry("kubeadm", Set.of("core", "secret")),
      Map.entry("cloudinit", Set.of("core", "secret")),
      Map.entry("cluster", Set.of("core", "secret", "k8s", "host", "kubeadm", "cloudinit")),
      Map.entry("check", Set.of("core", "secret", "k8s", "host", "kubeadm", "cloudinit", "cluster")),
      // reports of problems for other tools (SARIF): above check, beside the pipeline, which never calls them
      Map.entry("report", Set.of("core", "check")),
      // renderers raise no problem (checks and the secret stage do, before rendering): no edge to check
      Map.entry("render", Set.of("core", "secret", "k8s", "host", "kubeadm", "cloudinit", "cluster", "output")),
      Map.entry("", Set.of("core", "secret", "k8s", "host", "kubeadm", "cloudinit", "cluster", "check",
          "render", "output")));

  /** Libraries no class of dsl may name: the Maven API, Jackson 2, JavaPoet (build time only). */
  private static final List<String> FORBIDDEN_EVERYWHERE = List.of("org.apache.maven", "org.codehaus.plexus",
      "com.fasterxml.jackson", "com.palantir.javapoet", "com.squareup.javapoet");

  /**
   * Libraries a layer may not name although dsl has them: output knows bytes and paths, no formats; host
   * values are the users' API, whose escape hatches take {@code OptionValue}s, not Jackson trees.
   */
  private static final Map<String, List<String>> FORBIDDEN = Map.of(
      "output", List.of("tools.jackson", "io.fabric8"),
      "host", List.of("tools.jackson"),
      "core", List.of("tools.jackson", "io.fabric8"),
      "secret", List.of("tools.jackson", "io.fabric8"));

  private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

  @Test
  void everyEdgeBetweenPackagesIsInTheTable() throws IOException {
    var graph = packageGraph(CLASSES);
    var violations = new ArrayList<String>();
    graph.forEach((from, targets) -> {
      for (String to : targets) {
        if (!to.startsWith(ROOT)) {
          forbiddenLibrary(from, to).ifPresent(violations::add);
        } else if (!layer(from).equals(layer(to)) && !ALLOWED.get(layer(from)).contains(layer(to))) {
          violations.add(from + " -> " + to + " (not in ArchitectureTest.ALLOWED)");
        }
      }
    });
    assertEquals(List.of(), violations);
  }

  @Test
  void thePackageGraphHasNoCycle() throws IOException {
    var graph = new TreeMap<String, Set<String>>();
    packageGraph(CLASSES).forEach((from, targets) -> graph.put(from,
        new TreeSet<>(targets.stream().filter(t -> t.startsWith(ROOT) && !t.equals(from)).toList())));
    assertEquals(List.of(), cycles(graph));
  }

  @Test
  void theAllowedTableItselfHasNoCycle() {
    var graph = new TreeMap<String, Set<String>>();
    ALLOWED.forEach((from, targets) -> graph.put(from, new TreeSet<>(targets)));
    assertEquals(List.of(), cycles(graph));
    for (Set<String> targets : ALLOWED.values()) {
      for (String target : targets) {
        assertEquals(true, ALLOWED.containsKey(target), target + " is not a layer of the table");
      }
    }
  }

  @Test
  void aBackwardEdgeIsFoundAsACycle() {
    var graph = new TreeMap<String, Set<String>>(Map.of(
        "dev.kubeforge.core", Set.of(),
        "dev.kubeforge.k8s", Set.of("dev.kubeforge.core"),
        "dev.kubeforge.check", Set.of("dev.kubeforge.k8s", "dev.kubeforge.core"),
        "dev.kubeforge.core2", Set.of("dev.kubeforge.check")));
    assertEquals(List.of(), cycles(graph));
    graph.put("dev.kubeforge.core", Set.of("dev.kubeforge.check"));
    assertEquals(List.of("dev.kubeforge.check, dev.kubeforge.core, dev.kubeforge.k8s"),
        cycles(graph));
  }

  @Test
  void theGraphIsReadFromClassFiles() throws IOException {
    var graph = packageGraph(CLASSES);
    // Node's record component of type HostProfile, read from its descriptor, not from an import line.
    assertEquals(true, graph.get("dev.kubeforge.cluster").contains("dev.kubeforge.host"));
    assertEquals(true, graph.get("dev.kubeforge.render").contains("dev.kubeforge.output"));
    assertEquals(true, graph.keySet().containsAll(
        ALLOWED.keySet().stream().map(l -> l.isEmpty() ? ROOT : ROOT + "." + l).toList()));
  }

  private static java.util.Optional<String> forbiddenLibrary(String from, String to) {
    var forbidden = new ArrayList<>(FORBIDDEN_EVERYWHERE);
    forbidden.addAll(FORBIDDEN.getOrDefault(layer(from), List.of()));
    return forbidden.stream().filter(to::startsWith).findFirst().map(prefix -> from + " -> " + to);
  }

  /** The layer of a package: its first segment under {@code dev.kubeforge}, "" for the root. */
  private static String layer(String pkg) {
    if (pkg.equals(ROOT)) {
      return "";
    }
    return pkg.substring(ROOT.length() + 1).split("\\.")[0];
  }

  /** Package -> the packages (ours and libraries') its classes name. */
  static Map<String, Set<String>> packageGraph(Path classes) throws IOException {
    var graph = new TreeMap<String, Set<String>>();
    try (Stream<Path> files = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        var from = classes.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
        var targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
        try (InputStream in = Files.newInputStream(file)) {
          for (String name : referencedClasses(in)) {
            var slash = name.lastIndexOf('/');
            if (slash > 0) {
              var to = name.substring(0, slash).replace('/', '.');
              if (!to.equals(from) && !to.startsWith("java")) {
                targets.add(to);
              }
            }
          }
        }
      }
    }
    return graph;
  }

  /** The internal names of every class a class file's constant pool refers to. */
  private static Set<String> referencedClasses(InputStream stream) throws IOException {
    var in = new DataInputStream(stream);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    var utf8 = new String[count];
    var classIndexes = new ArrayList<Integer>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classIndexes.add(in.readUnsignedShort());
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    var names = new TreeSet<String>();
    for (int index : classIndexes) {
      var name = utf8[index];
      if (name.startsWith("[")) {
        DESCRIPTOR_CLASS.matcher(name).results().forEach(m -> names.add(m.group(1)));
      } else {
        names.add(name);
      }
    }
    for (String text : utf8) {
      if (text != null && text.contains(";")) {
        DESCRIPTOR_CLASS.matcher(text).results().forEach(m -> names.add(m.group(1)));
      }
    }
    return names;
  }

  /**
   * Every cycle of {@code graph}, as the strongly connected components (Tarjan) of more than one package,
   * each written "a, b, c" in name order.
   */
  static List<String> cycles(Map<String, Set<String>> graph) {
    var tarjan = new Object() {
      final Map<String, Integer> index = new TreeMap<>();
      final Map<String, Integer> low = new TreeMap<>();
      final java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
      final Set<String> found = new TreeSet<>();

      void visit(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
          if (!index.containsKey(next)) {
            visit(next);
            low.put(node, Math.min(low.get(node), low.get(next)));
          } else if (stack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
        }
        if (low.get(node).equals(index.get(node))) {
          var component = new TreeSet<String>();
          String member;
          do {
            member = stack.pop();
            component.add(member);
          } while (!member.equals(node));
          if (component.size() > 1) {
            found.add(String.join(", ", component));
          }
        }
      }
    };
    for (String node : graph.keySet()) {
      if (!tarjan.index.containsKey(node)) {
        tarjan.visit(node);
      }
    }
    return List.copyOf(tarjan.found);
  }
}
