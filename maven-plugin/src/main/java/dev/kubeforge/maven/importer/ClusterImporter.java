package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Names;
import dev.kubeforge.k8s.ConfigMapSource;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns Kubernetes objects into one {@code ClusterDefinition} class written with JavaPoet. Namespaces become
 * {@code cluster.namespace(..)} (with their labels), Secrets {@code namespace.secret(..)} entries from
 * {@code SecretValue.fromEnv(..)} placeholders (the values are dropped and reported), plain ConfigMaps
 * {@code namespace.configMap(..)} (values longer than {@value #INLINE_LINES} lines go to resource files beside
 * the class), and every other object typed fabric8 builder code in a method of its own, added with
 * {@code namespace.add(..)} or {@code cluster.add(..)}. Objects without a namespace go to {@code default}.
 */
public final class ClusterImporter {

  /** The most lines a ConfigMap value may have to stay a Java string literal. */
  static final int INLINE_LINES = 3;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DEFAULT_NAMESPACE = "default";
  /** The reason of the {@code allow(..)} lines for checks the original fails too. */
  static final String IMPORTED = "imported as is";
  private static final Set<String> CONFIG_MAP_FIELDS = Set.of("apiVersion", "kind", "metadata", "data");
  private static final Set<String> SIMPLE_METADATA = Set.of("name", "namespace", "labels");

  private final String packageName;
  private final String clusterName;
  private final String className;
  private final ImportReport report = new ImportReport();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final NameAllocator names = new NameAllocator();
  private final LinkedHashMap<String, String> namespaceVariables = new LinkedHashMap<>();
  private final TreeMap<String, TreeMap<String, String>> namespaceLabels = new TreeMap<>();
  /** Where each namespace was first used, for the report. */
  private final LinkedHashMap<String, SourceDocument> namespaceUses = new LinkedHashMap<>();
  private final List<CodeBlock> statements = new ArrayList<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private final TreeMap<String, String> resources = new TreeMap<>();
  /** What each statement does, applied to a model built here, so the checks can run before any Java is written. */
  private final List<Step> steps = new ArrayList<>();
  /** The checks that fail on the original, per namespace ({@code null}: the cluster), allowed as imported. */
  private final TreeMap<String, TreeSet<String>> allowed = new TreeMap<>(java.util.Comparator.nullsFirst(
      java.util.Comparator.naturalOrder()));

  /** The model the statements build, as the generated {@code define()} will. */
  private record Live(Cluster.Builder cluster, java.util.Map<String, Namespace.Builder> namespaces) {
    Namespace.Builder namespace(String name) {
      return namespaces.computeIfAbsent(name, cluster::namespace);
    }
  }

  private record Step(SourceDocument source, java.util.function.Consumer<Live> apply) {}

  private ClusterImporter(String packageName, String clusterName, String className) {
    this.packageName = packageName;
    this.clusterName = clusterName;
    this.className = className;
    names.newName("cluster");
  }

  /**
   * Imports {@code documents} into class {@code className} (when {@code null}, the cluster's name in
   * UpperCamelCase) of package {@code packageName}, defining cluster {@code clusterName}. Throws
   * {@link ImportException} with every object that is not a Kubernetes object fabric8 can read.
   */
  public static ImportResult importObjects(List<SourceDocument> documents, String packageName, String clusterName,
      String className) {
    requireNonNull(documents, "documents");
    requireNonNull(packageName, "packageName");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("package: not a Java package name: '" + packageName + "'");
    }
    Names.requireDns1123Label("cluster", clusterName);
    var name = className == null ? upperCamel(clusterName) : className;
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      throw new IllegalArgumentException("className: not a Java class name: '" + name + "'");
    }
    var importer = new ClusterImporter(packageName, clusterName, name);
    documents.forEach(importer::importDocument);
    importer.namespaceUses.forEach((namespace, source) -> {
      if (!importer.namespaceLabels.containsKey(namespace)) {
        importer.report.add(ImportReport.Kind.ADDED, source, "Namespace " + namespace
            + ": not in the input; the DSL writes a Namespace object for every namespace it uses");
      }
    });
    if (importer.problems.isEmpty()) {
      importer.allowFailingChecks();
    }
    if (!importer.problems.isEmpty()) {
      throw new ImportException(importer.problems);
    }
    return new ImportResult(importer.javaFile(), importer.resources, importer.report);
  }

  private void importDocument(SourceDocument source) {
    var tree = source.tree().deepCopy();
    report.add(ImportReport.Kind.READ, source, source.describe() + " (" + tree.path("apiVersion").asString() + ")");
    ApiUpgrades.upgrade(source, tree, report);
    HasMetadata object;
    try {
      if (!(JSON.treeToValue(tree, KubernetesResource.class) instanceof HasMetadata resource)) {
        problems.add(new ImportProblem(source.file(), source.line(), 1, source.describe() + " has no metadata"));
        return;
      }
      object = resource;
    } catch (JacksonException e) {
      problems.add(new ImportProblem(source.file(), source.line(), 1, "not a valid " + tree.path("kind").asString()
          + ": " + e.getOriginalMessage()));
      return;
    }
    var metadata = (ObjectNode) tree.path("metadata");
    var objectName = metadata.path("name").asString();
    if (object instanceof io.fabric8.kubernetes.api.model.Namespace) {
      importNamespace(source, metadata, tree);
      return;
    }
    boolean namespaced = object instanceof Namespaced
        || object instanceof GenericKubernetesResource && metadata.has("namespace");
    if (!namespaced) {
      if (metadata.has("namespace")) {
        report.add(ImportReport.Kind.LOSS, source, "metadata.namespace of cluster-scoped " + source.describe()
            + " dropped");
        metadata.remove("namespace");
      }
      addObject(source, object, tree, CodeBlock.of("cluster"), null);
      return;
    }
    var namespace = metadata.path("namespace").asString(DEFAULT_NAMESPACE);
    metadata.remove("namespace"); // namespace.add(..) sets it
    var variable = CodeBlock.of("$N", namespace(namespace));
    namespaceUses.putIfAbsent(namespace, source);
    if (object instanceof io.fabric8.kubernetes.api.model.Secret) {
      importSecret(source, tree, variable, namespace, objectName);
    } else if (object instanceof io.fabric8.kubernetes.api.model.ConfigMap && simpleConfigMap(tree)) {
      importConfigMap(source, tree, variable, namespace, objectName);
    } else {
      addObject(source, object, tree, variable, namespace);
    }
  }

  private void importNamespace(SourceDocument source, ObjectNode metadata, ObjectNode tree) {
    var name = metadata.path("name").asString();
    namespace(name);
    var labels = namespaceLabels.computeIfAbsent(name, n -> new TreeMap<>());
    metadata.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
    report.add(ImportReport.Kind.RECOGNISED, source, "Namespace " + name + " -> cluster.namespace(\"" + name + "\")");
    var dropped = new TreeSet<String>();
    tree.properties().forEach(e -> {
      if (!Set.of("apiVersion", "kind", "metadata").contains(e.getKey()) && !BuilderCode.absent(e.getValue())) {
        dropped.add(e.getKey());
      }
    });
    metadata.properties().forEach(e -> {
      if (!Set.of("name", "labels").contains(e.getKey()) && !BuilderCode.absent(e.getValue())) {
        dropped.add("metadata." + e.getKey());
      }
    });
    if (!dropped.isEmpty()) {
      report.add(ImportReport.Kind.LOSS, source, "Namespace " + name + ": " + String.join(", ", dropped)
          + " not kept (the DSL writes a namespace's name and labels)");
    }
  }

  private void importSecret(SourceDocument source, ObjectNode tree, CodeBlock namespace, String namespaceName,
      String name) {
    var keys = new TreeSet<String>();
    tree.path("data").propertyNames().forEach(keys::add);
    tree.path("stringData").propertyNames().forEach(keys::add);
    var type = tree.path("type").asString("Opaque");
    var code = CodeBlock.builder().add("$L.secret($S)", namespace, name);
    boolean tls = type.equals("kubernetes.io/tls") && keys.equals(Set.of("tls.crt", "tls.key"));
    if (tls) {
      code.add("\n.tls($L, $L)", fromEnv(namespaceName, name, "tls.crt"), fromEnv(namespaceName, name, "tls.key"));
    } else {
      keys.forEach(key -> code.add("\n.entry($S, $L)", key, fromEnv(namespaceName, name, key)));
    }
    statements.add(code.build());
    steps.add(new Step(source, live -> {
      var secret = live.namespace(namespaceName).secret(name);
      if (tls) {
        secret.tls(SecretValue.fromEnv(envName(namespaceName, name, "tls.crt")),
            SecretValue.fromEnv(envName(namespaceName, name, "tls.key")));
      } else {
        keys.forEach(key -> secret.entry(key, SecretValue.fromEnv(envName(namespaceName, name, key))));
      }
    }));
    report.add(ImportReport.Kind.RECOGNISED, source, "Secret " + name + " -> namespace.secret(\"" + name + "\")"
        + (tls ? ".tls(..)" : ""));
    if (!keys.isEmpty()) {
      report.add(ImportReport.Kind.LOSS, source, "Secret " + name + ": the values of " + keys
          + " are dropped; each is read from an environment variable at generate time (" + String.join(", ",
          keys.stream().map(k -> envName(namespaceName, name, k)).toList()) + ")");
    }
    var dropped = new TreeSet<String>();
    if (!tls && !type.equals("Opaque")) {
      dropped.add("type " + type);
    }
    var metadata = tree.path("metadata");
    metadata.properties().forEach(e -> {
      if (!Set.of("name", "namespace").contains(e.getKey()) && !BuilderCode.absent(e.getValue())) {
        dropped.add("metadata." + e.getKey());
      }
    });
    if (!dropped.isEmpty()) {
      report.add(ImportReport.Kind.LOSS, source, "Secret " + name + ": " + String.join(", ", dropped) + " not kept");
    }
  }

  private static CodeBlock fromEnv(String namespace, String name, String key) {
    return CodeBlock.of("$T.fromEnv($S)", SecretValue.class, envName(namespace, name, key));
  }

  /** The environment variable a Secret's value is read from: {@code WEB_DB_CREDENTIALS_PASSWORD}. */
  static String envName(String namespace, String name, String key) {
    return (namespace + "_" + name + "_" + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }

  private static boolean simpleConfigMap(ObjectNode tree) {
    for (var field : tree.propertyNames()) {
      if (!CONFIG_MAP_FIELDS.contains(field)) {
        return false;
      }
    }
    for (var field : tree.path("metadata").propertyNames()) {
      if (!SIMPLE_METADATA.contains(field)) {
        return false;
      }
    }
    for (JsonNode value : tree.path("data")) {
      if (!value.isString() || value.asString().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void importConfigMap(SourceDocument source, ObjectNode tree, CodeBlock namespace, String namespaceName,
      String name) {
    var code = CodeBlock.builder().add("$L.configMap($S)", namespace, name);
    var labels = new TreeMap<String, String>();
    tree.path("metadata").path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
    labels.forEach((key, value) -> code.add("\n.label($S, $S)", key, value));
    var data = new TreeMap<String, String>();
    tree.path("data").properties().forEach(e -> data.put(e.getKey(), e.getValue().asString()));
    steps.add(new Step(source, live -> {
      var configMap = live.namespace(namespaceName).configMap(name);
      labels.forEach(configMap::label);
      data.forEach(configMap::entry);
    }));
    var files = new ArrayList<String>();
    data.forEach((key, value) -> {
          if (value.lines().count() > INLINE_LINES) {
            var resource = namespaceName + "/" + name + "/" + key;
            resources.put((packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + resource, value);
            code.add("\n.file($S, $T.fromResource($N.class, $S))", key, ConfigMapSource.class, className, resource);
            files.add(key);
          } else {
            code.add("\n.entry($S, $S)", key, value);
          }
        });
    statements.add(code.build());
    report.add(ImportReport.Kind.RECOGNISED, source, "ConfigMap " + name + " -> namespace.configMap(\"" + name + "\")"
        + (files.isEmpty() ? "" : "; " + files + " in resource files beside the class"));
  }

  private void addObject(SourceDocument source, HasMetadata object, ObjectNode tree, CodeBlock target,
      String namespace) {
    var kind = object.getKind() != null ? object.getKind() : tree.path("kind").asString();
    var method = names.newName(lowerCamel(kind + "-" + tree.path("metadata").path("name").asString()));
    var type = ClassName.get(object.getClass());
    methods.add(MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("$L, from $L.", source.describe(), source.where())
        .returns(type)
        .addStatement("return $L", BuilderCode.of(object, tree))
        .build());
    statements.add(CodeBlock.of("$L.add($N())", target, method));
    steps.add(new Step(source, live -> {
      if (namespace == null) {
        live.cluster().add(object);
      } else {
        live.namespace(namespace).add(object);
      }
    }));
    report.add(ImportReport.Kind.ESCAPE_HATCH, source, source.describe() + " -> " + target + ".add(" + method
        + "()) with fabric8's " + type.simpleName() + "Builder");
  }

  /**
   * Builds the model here and runs the checks on it; the checks that fail on the original are allowed in the
   * namespace (or cluster) they fail in, {@code "imported as is"}, so the imported class generates. A statement
   * the DSL refuses is a problem of its object.
   */
  private void allowFailingChecks() {
    for (int round = 0; round < 10; round++) {
      var live = new Live(Cluster.named(clusterName), new LinkedHashMap<>());
      namespaceVariables.keySet().forEach(namespace -> {
        var builder = live.namespace(namespace);
        namespaceLabels.getOrDefault(namespace, new TreeMap<>()).forEach(builder::label);
      });
      allowed.forEach((namespace, ids) -> ids.forEach(id -> {
        if (namespace == null) {
          live.cluster().allow(id, IMPORTED);
        } else {
          live.namespace(namespace).allow(id, IMPORTED);
        }
      }));
      for (Step step : steps) {
        try {
          step.apply().accept(live);
        } catch (RuntimeException e) {
          problems.add(new ImportProblem(step.source().file(), step.source().line(), 1, step.source().describe()
              + ": " + e.getMessage()));
        }
      }
      if (!problems.isEmpty()) {
        return;
      }
      boolean added = false;
      for (Problem problem : Checks.run(live.cluster().build())) {
        if (problem.isError() && Checks.knownIds().contains(problem.checkId())) {
          var segments = problem.path().segments();
          var namespace = segments.size() > 1 && segments.get(1).startsWith("namespace ")
              ? segments.get(1).substring("namespace ".length()) : null;
          if (allowed.computeIfAbsent(namespace, n -> new TreeSet<>()).add(problem.checkId())) {
            added = true;
            report.add(ImportReport.Kind.ALLOWED, problem.path().toString(), problem.checkId() + ": "
                + problem.message());
          }
        }
      }
      if (!added) {
        return;
      }
    }
  }

  /** The variable of namespace {@code name}, declared on first use. */
  private String namespace(String name) {
    return namespaceVariables.computeIfAbsent(name, n -> {
      var variable = lowerCamel(n);
      return names.newName(SourceVersion.isKeyword(variable) ? variable + "Namespace" : variable);
    });
  }

  private JavaFile javaFile() {
    var define = MethodSpec.methodBuilder("define")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Cluster.class)
        .addStatement(allows(CodeBlock.builder().add("var cluster = $T.named($S)", Cluster.class, clusterName), null));
    namespaceVariables.forEach((namespace, variable) -> {
      var code = CodeBlock.builder().add("var $N = cluster.namespace($S)", variable, namespace);
      namespaceLabels.getOrDefault(namespace, new TreeMap<>()).forEach((key, value) ->
          code.add("\n.label($S, $S)", key, value));
      define.addStatement(allows(code, namespace));
    });
    statements.forEach(define::addStatement);
    define.addStatement("return cluster.build()");
    var type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClusterDefinition.class)
        .addJavadoc("Cluster $L, imported with {@code mvn kube:import}: $L objects.\n", clusterName,
            report.entries(ImportReport.Kind.READ).size())
        .addMethod(define.build())
        .addMethods(methods)
        .build();
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }

  private CodeBlock allows(CodeBlock.Builder code, String namespace) {
    allowed.getOrDefault(namespace, new TreeSet<>()).forEach(id -> code.add("\n.allow($S, $S)", id, IMPORTED));
    return code.build();
  }

  private static String lowerCamel(String text) {
    var camel = upperCamel(text);
    return camel.isEmpty() ? "object" : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }

  private static String upperCamel(String text) {
    var out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, 'X');
    }
    return out.toString();
  }
}
