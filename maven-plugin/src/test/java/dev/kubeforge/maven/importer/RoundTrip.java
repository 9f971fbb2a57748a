package dev.kubeforge.maven.importer;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.ToolProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The round trip: import, compile the class with javax.tools, run {@code define()}, generate, and compare
 * every generated Kubernetes object with its input semantically: parsed trees, with nulls and empty lists
 * and maps left out, scalars compared by their text. Secrets are compared by their keys (their values never
 * reach the generated tree). Namespace objects the input did not have are listed as added.
 */
final class RoundTrip {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** What came back: objects that differ (with why), objects added, and the import's report. */
  record Outcome(ImportResult result, List<String> differences, List<String> added) {
    boolean exact() {
      return differences.isEmpty() && added.isEmpty() && result.report().entries(ImportReport.Kind.UPGRADE).isEmpty()
          && result.report().entries(ImportReport.Kind.LOSS).isEmpty();
    }
  }

  private RoundTrip() {}

  static Outcome run(List<SourceDocument> documents, Path work) throws Exception {
    var result = ClusterImporter.importObjects(documents, "com.example.imported", "imported", null);
    var compiled = compile(List.of(result), work);
    if (compiled.get(0) instanceof String error) {
      throw new AssertionError(error);
    }
    return compare(documents, result, (ClusterDefinition) compiled.get(0));
  }

  /** Generates {@code definition} and compares its objects with {@code documents}. */
  static Outcome compare(List<SourceDocument> documents, ImportResult result, ClusterDefinition definition) {
    var cluster = definition.define();
    var files = Kubeforge.generate(definition).files();
    var generated = new TreeMap<String, JsonNode>();
    for (String path : files.paths()) {
      if (path.contains("/kubernetes/") && path.endsWith(".yaml") && !path.endsWith("kustomization.yaml")) {
        var tree = YAML.readTree(files.text(path));
        generated.put(key(tree), normalize(withoutClaimTemplateTypes(tree)));
      }
    }
    var expected = new TreeMap<String, JsonNode>();
    var secrets = new TreeMap<String, TreeSet<String>>();
    for (var document : documents) {
      var tree = document.tree().deepCopy();
      ApiUpgrades.upgrade(document, tree, new ImportReport());
      var object = JSON.treeToValue(tree, KubernetesResource.class);
      var metadata = (ObjectNode) tree.path("metadata");
      boolean namespaced = object instanceof Namespaced
          || object instanceof GenericKubernetesResource && metadata.has("namespace");
      if (namespaced && !metadata.has("namespace")) {
        metadata.put("namespace", "default");
      } else if (!namespaced) {
        metadata.remove("namespace");
      }
      if (tree.path("kind").asString().equals("Secret")) {
        var keys = new TreeSet<String>();
        tree.path("data").propertyNames().forEach(keys::add);
        tree.path("stringData").propertyNames().forEach(keys::add);
        secrets.put(metadata.path("namespace").asString() + "/" + metadata.path("name").asString(), keys);
      } else if (tree.path("kind").asString().equals("Namespace")) {
        var kept = JsonNodeFactory.instance.objectNode();
        kept.put("apiVersion", "v1").put("kind", "Namespace");
        kept.putObject("metadata").put("name", metadata.path("name").asString()).set("labels", metadata.path("labels"));
        expected.put(key(kept), normalize(kept));
      } else {
        expected.put(key(tree), normalize(withoutClaimTemplateTypes(tree)));
      }
    }
    var differences = new ArrayList<String>();
    expected.forEach((key, tree) -> {
      var actual = generated.remove(key);
      if (actual == null) {
        differences.add(key + ": not generated");
      } else if (!actual.equals(tree)) {
        differences.add(key + ": differs\n  expected " + tree + "\n  actual   " + actual);
      }
    });
    var added = new ArrayList<String>();
    generated.forEach((key, tree) -> {
      if (key.startsWith("v1/Namespace/")) {
        added.add(key);
      } else {
        differences.add(key + ": generated but not in the input");
      }
    });
    var actualSecrets = new TreeMap<String, TreeSet<String>>();
    cluster.namespaces().forEach(ns -> ns.secrets().forEach(s ->
        actualSecrets.put(s.namespace() + "/" + s.name(), new TreeSet<>(s.data().keySet()))));
    if (!actualSecrets.equals(secrets)) {
      differences.add("secret keys: expected " + secrets + ", actual " + actualSecrets);
    }
    return new Outcome(result, differences, added);
  }

  /**
   * Compiles the imported classes in one javac run (again without those that do not compile) with their
   * resources beside them, and instantiates them: per result, its definition or why it did not compile.
   */
  static List<Object> compile(List<ImportResult> results, Path work) throws Exception {
    var sources = work.resolve("src");
    var classes = work.resolve("classes");
    for (ImportResult result : results) {
      result.write(sources, classes, true);
    }
    var outcome = new ArrayList<Object>(java.util.Collections.nCopies(results.size(), null));
    var compiler = ToolProvider.getSystemJavaCompiler();
    var remaining = new ArrayList<Integer>();
    for (int i = 0; i < results.size(); i++) {
      remaining.add(i);
    }
    while (!remaining.isEmpty()) {
      var files = compiler.getStandardFileManager(null, Locale.ROOT, null);
      var diagnostics = new javax.tools.DiagnosticCollector<javax.tools.JavaFileObject>();
      var units = files.getJavaFileObjectsFromPaths(
          remaining.stream().map(i -> sources.resolve(results.get(i).javaPath())).toList());
      var ok = compiler.getTask(new StringWriter(), files, diagnostics,
          List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none",
              "-Xlint:none", "-nowarn", "-encoding", "UTF-8"), null, units).call();
      if (ok) {
        break;
      }
      var failed = new java.util.HashSet<Integer>();
      for (var d : diagnostics.getDiagnostics()) {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() != null) {
          for (int i : remaining) {
            if (Path.of(d.getSource().toUri()).endsWith(results.get(i).javaPath())) {
              failed.add(i);
              outcome.set(i, "does not compile: line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
          }
        }
      }
      if (failed.isEmpty()) {
        throw new AssertionError("javac failed: " + diagnostics.getDiagnostics());
      }
      remaining.removeAll(failed);
    }
    var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, RoundTrip.class.getClassLoader());
    for (int i : remaining) {
      var java = results.get(i).java();
      var name = java.packageName() + "." + java.typeSpec().name();
      outcome.set(i, loader.loadClass(name).getConstructor().newInstance());
    }
    return outcome;
  }

  private static String key(JsonNode tree) {
    var metadata = tree.path("metadata");
    return tree.path("apiVersion").asString() + "/" + tree.path("kind").asString() + "/"
        + metadata.path("namespace").asString("") + "/" + metadata.path("name").asString();
  }

  /**
   * {@code tree} without the {@code apiVersion} and {@code kind} of a StatefulSet's claim templates: fabric8's
   * claims carry them, the API server ignores them.
   */
  private static JsonNode withoutClaimTemplateTypes(JsonNode tree) {
    for (JsonNode template : tree.path("spec").path("volumeClaimTemplates")) {
      if (template instanceof ObjectNode object) {
        object.remove(List.of("apiVersion", "kind"));
      }
    }
    return tree;
  }

  /** The tree without nulls and empty containers, every scalar as its text. */
  static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      var object = JsonNodeFactory.instance.objectNode();
      var sorted = new TreeMap<String, JsonNode>();
      node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
      sorted.forEach((key, item) -> {
        var value = normalize(item);
        if (value != null) {
          object.set(key, value);
        }
      });
      return object.isEmpty() ? null : object;
    } else if (node.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> {
        var value = normalize(item);
        array.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
      });
      return array.isEmpty() ? null : array;
    } else if (node.isNull()) {
      return null;
    }
    return JsonNodeFactory.instance.stringNode(node.isString() ? node.asString() : node.toString());
  }

}
