package dev.kubeforge.codegen;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIdentityReference;
import com.fasterxml.jackson.annotation.JsonKey;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.bean.BeanSerializerBase;

/**
 * Writes the fabric8 tree walkers of {@code dev.kubeforge.render.ObjectTree}: for every model class
 * reachable from the top-level kinds of {@link #MODULES}, a static method {@code Map<String, Object> x(X value)}
 * that builds the canonical tree through direct getter calls, with exactly the properties, names and
 * inclusion rules Jackson uses for that class (read from Jackson's own bean serializers, built with the
 * same plain mapper as {@code ObjectTree}'s Jackson path). One class per fabric8 package
 * ({@code CoreTrees}, {@code AppsTrees}, ...), and {@code KindTrees} dispatching on the resource's class
 * name, all package-private in {@code dev.kubeforge.render}.
 *
 * <p>What Jackson does not write as a plain bean is not walked: a class with its own serializer is
 * handed to Jackson as a subtree (except {@code IntOrString}, {@code Quantity}, {@code MicroTime} and
 * {@code Duration}, whose serializers the walkers reproduce), and a property Jackson configures in a
 * way the walkers do not reproduce makes its class a Jackson subtree.
 *
 * <p>The walkers are a pure function of the fabric8 version, so they are not committed: dsl runs
 * {@link #main} at {@code generate-sources} into {@code dsl/target/generated-sources/trees}. dsl's
 * {@code ObjectTreeEquivalenceTest} proves them equal to Jackson.
 */
public final class TreesGenerator {

  /**
   * The fabric8 model modules whose top-level kinds are walked, each named by one class of its jar;
   * every concrete {@link HasMetadata} class in those jars is a root. Add a module here (after adding it
   * to dsl's and codegen's dependencies); dsl regenerates at every build.
   */
  static final List<Class<? extends HasMetadata>> MODULES = List.of(
      Pod.class, // kubernetes-model-core
      Deployment.class, // kubernetes-model-apps
      Job.class, // kubernetes-model-batch
      Ingress.class, // kubernetes-model-networking
      ClusterRole.class, // kubernetes-model-rbac
      StorageClass.class, // kubernetes-model-storageclass
      PodDisruptionBudget.class, // kubernetes-model-policy
      HorizontalPodAutoscaler.class, // kubernetes-model-autoscaling
      PriorityClass.class, // kubernetes-model-scheduling
      CustomResourceDefinition.class); // kubernetes-model-apiextensions

  /** Kinds that always take the Jackson path: their content is not described by their class. */
  static final Set<Class<?>> JACKSON_ONLY = Set.of(GenericKubernetesResource.class);

  /** The first line of every generated file; files starting with it belong to the generator. */
  static final String MARKER = "Generated by " + TreesGenerator.class.getName();

  private static final String PACKAGE = "dev.kubeforge.render";
  private static final List<String> LEADING_KEYS = List.of("apiVersion", "kind", "metadata");
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
  private static final AnnotationSpec GENERATED = AnnotationSpec.builder(
      ClassName.get("javax.annotation.processing", "Generated")).addMember("value", "$S", TreesGenerator.class.getName())
      .build();
  private static final ClassName OBJECT_TREE = ClassName.get(PACKAGE, "ObjectTree");
  private static final TypeName TREE = ParameterizedTypeName.get(Map.class, String.class, Object.class);
  private static final TypeName ANY_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName ANY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
      WildcardTypeName.subtypeOf(Object.class), WildcardTypeName.subtypeOf(Object.class));
  private static final List<Class<? extends Annotation>> CUSTOMIZING = List.of(JsonSerialize.class,
      JsonFormat.class, JsonRawValue.class, JsonValue.class, JsonTypeInfo.class, JsonUnwrapped.class,
      JsonIdentityReference.class, JsonKey.class);
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
      Double.class, boolean.class, int.class, long.class, double.class);
  /** The serializers the walkers reproduce, by the class they serialize. */
  private static final Map<Class<?>, String> SPECIAL_SERIALIZERS = Map.of(
      AnyType.class, "io.fabric8.kubernetes.api.model.AnyType$Serializer",
      Quantity.class, "io.fabric8.kubernetes.api.model.Quantity$Serializer",
      MicroTime.class, "io.fabric8.kubernetes.api.model.MicroTimeSerDes$Serializer",
      Duration.class, "io.fabric8.kubernetes.api.model.Duration$Serializer");
  private static final Map<Class<?>, String> SPECIAL_HELPERS = Map.of(
      AnyType.class, "anyType", Quantity.class, "quantity", MicroTime.class, "microTime",
      Duration.class, "duration");

  /** As {@code ObjectTree.Jackson.MAPPER} is built: the walkers reproduce what this mapper writes. */
  private final SerializationContext context = JsonMapper.builder().build()._serializationContext();
  private final Map<Class<?>, Model> models = new TreeMap<>(Comparator.comparing(Class::getName));
  private final Map<Class<?>, Kind> kinds = new LinkedHashMap<>();
  private final List<Class<?>> roots = new ArrayList<>();

  /** How a declared type becomes a tree value. */
  private sealed interface Kind {}

  /** String, Boolean, Integer, Long, Double and their primitives. */
  private record Scalar(Class<?> type) implements Kind {}

  /** A class whose serializer the walkers reproduce with {@code ObjectTree.<helper>}. */
  private record Special(Class<?> type, String helper) implements Kind {}

  /** A plain bean: walked by its generated method. */
  private record Bean(Model model) implements Kind {}

  /** A class with a serializer of its own: a subtree through Jackson. */
  private record JacksonSubtree(Class<?> type) implements Kind {}

  /** {@code JsonNode}: a subtree through Jackson. */
  private record Node() implements Kind {}

  /** {@code Object}: written from the runtime type. */
  private record Untyped() implements Kind {}

  private record ListOf(JavaType element) implements Kind {}

  private record MapOf(JavaType value) implements Kind {}

  /** Anything else: a non-null value sends the resource to Jackson. */
  private record Unsupported() implements Kind {}

  /** A walked model class: its walker is {@code <group>Trees.<method>(type)}. */
  public record Model(Class<?> type, String group, String method, List<Property> properties, Method anyGetter) {}

  /** A property as Jackson writes it. */
  public record Property(String name, Method getter, JavaType type, boolean suppressNulls, boolean suppressEmpty) {}

  private TreesGenerator() {}

  /**
   * Writes the walkers below the source root {@code args[0]} (in {@code dev/kubeforge/render}), rewriting
   * only the files whose content changed and deleting the generated files no longer written, so an
   * unchanged fabric8 leaves the compiler nothing to redo.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TreesGenerator <source root>, was " + List.of(args));
    }
    long start = System.nanoTime();
    var directory = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
    var sources = sources();
    int written = write(directory, sources);
    System.out.printf(java.util.Locale.ROOT, "TreesGenerator: %d walker classes in %s (%d rewritten) in %d ms%n",
        sources.size(), directory, written, (System.nanoTime() - start) / 1_000_000);
  }

  /** Syncs {@code directory} with {@code sources}; returns how many files it wrote. */
  static int write(Path directory, SortedMap<String, String> sources) throws IOException {
    Files.createDirectories(directory);
    try (var files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        if (!sources.containsKey(file.getFileName().toString())
            && Files.readString(file, StandardCharsets.UTF_8).startsWith("// " + MARKER)) {
          Files.delete(file);
        }
      }
    }
    int written = 0;
    for (var source : sources.entrySet()) {
      var file = directory.resolve(source.getKey());
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source.getValue())) {
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        written++;
      }
    }
    return written;
  }

  /** The generated sources: file name (in {@code dev/kubeforge/render}) to content. */
  static SortedMap<String, String> sources() {
    return new TreesGenerator().generate();
  }

  /** The walked model classes, by class; dsl's {@code ObjectTreeEquivalenceTest} fills and walks each. */
  public static Map<Class<?>, Model> models() {
    var generator = new TreesGenerator();
    generator.resolveAll();
    return Collections.unmodifiableMap(generator.models);
  }

  /** The generated class holding the walker of {@code model}. */
  public static String className(Model model) {
    return model.group() + "Trees";
  }

  private SortedMap<String, String> generate() {
    resolveAll();
    var byGroup = new TreeMap<String, List<Model>>();
    models.values().forEach(model -> byGroup.computeIfAbsent(model.group(), g -> new ArrayList<>()).add(model));
    var files = new TreeMap<String, String>();
    byGroup.forEach((group, members) -> {
      var type = groupClass(group, members);
      files.put(type.name() + ".java", write(type));
    });
    var dispatcher = dispatcher();
    files.put(dispatcher.name() + ".java", write(dispatcher));
    return files;
  }

  private void resolveAll() {
    if (context.getActiveView() != null) {
      throw new IllegalStateException("the mapper has an active view; the walkers ignore @JsonView");
    }
    for (Class<?> module : MODULES) {
      for (Class<?> type : classesInJarOf(module)) {
        if (HasMetadata.class.isAssignableFrom(type) && !type.isInterface()
            && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())
            && java.lang.reflect.Modifier.isPublic(type.getModifiers()) && !JACKSON_ONLY.contains(type)) {
          roots.add(type);
        }
      }
    }
    roots.sort(Comparator.comparing(Class::getName));
    var queue = new ArrayDeque<JavaType>();
    roots.forEach(root -> queue.add(context.constructType(root)));
    while (!queue.isEmpty()) {
      var type = queue.poll();
      var kind = kind(type);
      if (kind instanceof Bean bean && !models.containsKey(bean.model().type())) {
        models.put(bean.model().type(), bean.model());
        bean.model().properties().forEach(property -> queue.add(property.type()));
      } else if (kind instanceof ListOf list) {
        queue.add(list.element());
      } else if (kind instanceof MapOf map) {
        queue.add(map.value());
      }
    }
    roots.removeIf(root -> !models.containsKey(root));
  }

  private static List<Class<?>> classesInJarOf(Class<?> module) {
    var classes = new ArrayList<Class<?>>();
    try (var jar = new ZipFile(Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
      for (var entries = jar.entries(); entries.hasMoreElements(); ) {
        var name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class")
            && !name.endsWith("package-info.class")) {
          var className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
          classes.add(Class.forName(className, false, module.getClassLoader()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }

  // ---- what Jackson does with each type ----

  private Kind kind(JavaType type) {
    var raw = type.getRawClass();
    if (type.isContainerType()) {
      if (List.class.isAssignableFrom(raw)) {
        return new ListOf(type.getContentType());
      } else if (Map.class.isAssignableFrom(raw) && type.getKeyType().getRawClass() == String.class) {
        return new MapOf(type.getContentType());
      }
      return new Unsupported();
    }
    var known = kinds.get(raw);
    if (known != null) {
      return known;
    }
    var kind = classKind(type);
    kinds.put(raw, kind);
    return kind;
  }

  private Kind classKind(JavaType type) {
    var raw = type.getRawClass();
    if (SCALARS.contains(raw)) {
      return new Scalar(raw);
    } else if (raw == Object.class) {
      return new Untyped();
    } else if (raw == JsonNode.class) {
      return new Node();
    }
    ValueSerializer<Object> serializer = context.findValueSerializer(type);
    boolean typed = context.findTypeSerializer(type) != null;
    for (var special : SPECIAL_SERIALIZERS.entrySet()) {
      if (special.getKey().isAssignableFrom(raw) && serializer.getClass().getName().equals(special.getValue())
          && !typed && java.lang.reflect.Modifier.isPublic(raw.getModifiers())) {
        return new Special(raw, SPECIAL_HELPERS.get(special.getKey()));
      }
    }
    if (!typed && java.lang.reflect.Modifier.isPublic(raw.getModifiers())) {
      var model = model(raw, serializer);
      return model != null ? new Bean(model) : new JacksonSubtree(raw);
    }
    return new Unsupported();
  }

  /** The model of a plain bean, or null when Jackson does anything the walkers do not reproduce. */
  private Model model(Class<?> type, ValueSerializer<Object> serializer) {
    if ((serializer.getClass() != BeanSerializer.class && serializer.getClass() != UnrolledBeanSerializer.class)
        || !(serializer instanceof BeanSerializerBase bean) || bean.usesObjectId() || bean.getFilterId() != null) {
      return null;
    }
    var properties = new ArrayList<Property>();
    Method anyGetter = null;
    for (var iterator = bean.properties(); iterator.hasNext(); ) {
      PropertyWriter writer = iterator.next();
      var getter = getter(writer);
      if (getter == null) {
        return null;
      }
      if (writer.getClass() == AnyGetterWriter.class) {
        if (anyGetter != null || !Map.class.isAssignableFrom(getter.getReturnType())) {
          return null;
        }
        anyGetter = getter;
        continue;
      }
      if (writer.getClass() != BeanPropertyWriter.class) {
        return null;
      }
      var property = (BeanPropertyWriter) writer;
      if (property.isUnwrapping() || property.getTypeSerializer() != null
          || property.hasNullSerializer() || (property.hasSerializer()
              && property.getSerializer().getClass() != context.findValueSerializer(property.getType()).getClass())) {
        return null;
      }
      var suppressable = suppressableValue(property);
      if (suppressable != null && suppressable != BeanPropertyWriter.MARKER_FOR_EMPTY) {
        return null;
      }
      boolean suppressEmpty = suppressable == BeanPropertyWriter.MARKER_FOR_EMPTY;
      if (suppressEmpty && !emptiable(property.getType())) {
        return null;
      }
      properties.add(new Property(property.getName(), getter, property.getType(), property.willSuppressNulls(),
          suppressEmpty));
    }
    properties.sort(Comparator.comparing(Property::name));
    return new Model(type, group(type.getPackageName()), methodName(type.getSimpleName()), List.copyOf(properties),
        anyGetter);
  }

  /** The public no-argument getter Jackson calls, or null when it reads anything else. */
  private static Method getter(PropertyWriter writer) {
    var member = writer.getMember();
    if (!(member.getMember() instanceof Method method) || method.getParameterCount() != 0
        || !java.lang.reflect.Modifier.isPublic(method.getModifiers())
        || !java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return null;
    }
    for (Class<? extends Annotation> annotation : CUSTOMIZING) {
      if (member.hasAnnotation(annotation)) {
        return null;
      }
    }
    return method;
  }

  /** Whether Jackson's emptiness for the type is one the walkers reproduce. */
  private boolean emptiable(JavaType type) {
    var kind = kind(type);
    return kind instanceof Scalar || kind instanceof ListOf || kind instanceof MapOf || kind instanceof Bean
        || kind instanceof Special;
  }

  private static Object suppressableValue(BeanPropertyWriter property) {
    try {
      var field = BeanPropertyWriter.class.getDeclaredField("_suppressableValue");
      field.setAccessible(true);
      return field.get(property);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Jackson's BeanPropertyWriter changed: " + e, e);
    }
  }

  /** The generated class of a fabric8 package: {@code io...model.networking.v1} -> {@code NetworkingV1}. */
  static String group(String packageName) {
    var relative = packageName.equals(MODEL_PACKAGE) ? "core"
        : packageName.startsWith(MODEL_PACKAGE + ".") ? packageName.substring(MODEL_PACKAGE.length() + 1)
        : packageName;
    var name = new StringBuilder();
    for (String segment : relative.split("\\.")) {
      name.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
    }
    return name.toString();
  }

  /** {@code HTTPGetAction} -> {@code httpGetAction}; a keyword gets a trailing underscore. */
  static String methodName(String simpleName) {
    int upper = 0;
    while (upper < simpleName.length() && Character.isUpperCase(simpleName.charAt(upper))) {
      upper++;
    }
    int lower = upper > 1 && upper < simpleName.length() ? upper - 1 : upper;
    var name = simpleName.substring(0, lower).toLowerCase(java.util.Locale.ROOT) + simpleName.substring(lower);
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  /** The fabric8 model version, from kubernetes-model-core's Maven metadata. */
  private static String fabric8Version() {
    var properties = new java.util.Properties();
    try (var in = HasMetadata.class.getResourceAsStream(
        "/META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("kubernetes-model-core's pom.properties is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  // ---- code ----

  private TypeSpec groupClass(String group, List<Model> members) {
    var helpers = new TreeMap<String, MethodSpec>();
    var type = TypeSpec.classBuilder(group + "Trees")
        .addAnnotation(GENERATED)
        .addJavadoc("Canonical trees of the fabric8 classes in {@code $L}, walked through their getters.\n",
            members.get(0).type().getPackageName())
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    var names = new TreeMap<String, Class<?>>();
    for (Model model : members) {
      var previous = names.put(model.method(), model.type());
      if (previous != null) {
        throw new IllegalStateException("two walkers named " + model.method() + ": " + previous + ", " + model.type());
      }
      type.addMethod(walker(model, group, helpers));
    }
    for (String helper : helpers.keySet()) {
      if (names.containsKey(helper)) {
        throw new IllegalStateException("helper " + helper + " clashes with a walker in " + group);
      }
    }
    helpers.values().forEach(type::addMethod);
    return type.build();
  }

  private MethodSpec walker(Model model, String group, Map<String, MethodSpec> helpers) {
    var body = CodeBlock.builder().addStatement("var tree = new $T<$T, $T>()", LinkedHashMap.class, String.class,
        Object.class);
    var locals = new java.util.HashSet<>(Set.of("tree", "value", "leading"));
    var names = new LinkedHashMap<Property, String>();
    for (Property property : model.properties()) {
      names.put(property, localName(property.getter(), locals));
    }
    var leadingProperties = new ArrayList<Property>();
    for (String key : LEADING_KEYS) {
      model.properties().stream().filter(p -> p.name().equals(key)).forEach(leadingProperties::add);
    }
    boolean leads = leadingProperties.stream().filter(p -> !p.name().equals("metadata")).count() == 2;
    if (leads) {
      // apiVersion, kind and metadata first when the first two are written: read them before the rest.
      for (Property property : leadingProperties) {
        body.addStatement("var $L = value.$L()", names.get(property), property.getter().getName());
      }
      body.addStatement("boolean leading = $L && $L", included(leadingProperties.get(0), names),
          included(leadingProperties.get(1), names));
      body.beginControlFlow("if (leading)");
      for (Property property : leadingProperties) {
        // apiVersion and kind are known to be written here
        var guard = property.name().equals("metadata") ? included(property, names) : CodeBlock.of("true");
        put(body, property, names.get(property), guard, false, group, helpers);
      }
      body.endControlFlow();
    }
    for (Property property : model.properties()) {
      var local = names.get(property);
      boolean leading = leads && leadingProperties.contains(property);
      if (!leading) {
        body.addStatement("var $L = value.$L()", local, property.getter().getName());
      }
      put(body, property, local, CodeBlock.of(leading ? "!leading" : "true"), true, group, helpers);
    }
    body.addStatement("return $T.finish(tree, $L)", OBJECT_TREE,
        model.anyGetter() == null ? "null" : "value." + model.anyGetter().getName() + "()");
    return MethodSpec.methodBuilder(model.method())
        .addModifiers(Modifier.STATIC)
        .returns(TREE)
        .addParameter(model.type(), "value")
        .addCode(body.build())
        .build();
  }

  /**
   * Puts the property, read into {@code local}, when {@code guard} holds and (when {@code checked}) Jackson
   * would write it.
   */
  private void put(CodeBlock.Builder body, Property property, String local, CodeBlock guard, boolean checked,
      String group, Map<String, MethodSpec> helpers) {
    var converted = convert(property.type(), CodeBlock.of("$L", local), true, group, helpers);
    var included = checked ? included(property, Map.of(property, local)) : CodeBlock.of("true");
    var condition = guard.toString().equals("true") ? included
        : included.toString().equals("true") ? guard : CodeBlock.of("$L && $L", guard, included);
    if (!condition.toString().equals("true")) {
      body.beginControlFlow("if ($L)", condition);
    }
    if (property.suppressNulls() || property.getter().getReturnType().isPrimitive()) {
      body.addStatement("tree.put($S, $L)", property.name(), converted);
    } else {
      body.addStatement("tree.put($S, $L == null ? null : $L)", property.name(), local, converted);
    }
    if (!condition.toString().equals("true")) {
      body.endControlFlow();
    }
  }

  /** The condition under which Jackson writes the property, read into the local of {@code names}. */
  private CodeBlock included(Property property, Map<Property, String> names) {
    var local = names.get(property);
    if (property.getter().getReturnType().isPrimitive()) {
      return CodeBlock.of("true");
    } else if (property.suppressEmpty() && hasIsEmpty(property.type())) {
      return CodeBlock.of("$L != null && !$L.isEmpty()", local, local);
    } else if (property.suppressNulls() || property.suppressEmpty()) {
      return CodeBlock.of("$L != null", local);
    }
    return CodeBlock.of("true");
  }

  private boolean hasIsEmpty(JavaType type) {
    var kind = kind(type);
    return kind instanceof ListOf || kind instanceof MapOf
        || (kind instanceof Scalar scalar && scalar.type() == String.class);
  }

  private static String localName(Method getter, Set<String> taken) {
    var name = getter.getName().replaceFirst("^(get|is)(?=[A-Z_$])", "");
    name = methodName(name.isEmpty() ? getter.getName() : name).replaceAll("[^A-Za-z0-9_]", "_");
    if (!SourceVersion.isIdentifier(name)) {
      name = "_" + name;
    }
    while (!taken.add(name)) {
      name = name + "_";
    }
    return name;
  }

  /**
   * The expression turning {@code value} (not null) of declared type {@code type} into its tree value.
   * {@code typed} says whether {@code value}'s static type is {@code type}; a list element is an Object.
   */
  private CodeBlock convert(JavaType type, CodeBlock value, boolean typed, String group,
      Map<String, MethodSpec> helpers) {
    var kind = kind(type);
    if (kind instanceof Scalar scalar) {
      var raw = scalar.type();
      var boxed = raw.isPrimitive() ? CodeBlock.of("$L", value)
          : typed ? value : CodeBlock.of("$T.exact($L, $T.class)", OBJECT_TREE, value, raw);
      if (raw == Long.class || raw == long.class) {
        return CodeBlock.of("$T.integral($L)", OBJECT_TREE, boxed);
      } else if (raw == Double.class || raw == double.class) {
        return CodeBlock.of("$T.decimal($L)", OBJECT_TREE, boxed);
      }
      return boxed;
    } else if (kind instanceof Special special) {
      return CodeBlock.of("$T.$L($T.exact($L, $T.class))", OBJECT_TREE, special.helper(), OBJECT_TREE, value,
          special.type());
    } else if (kind instanceof Bean bean) {
      var model = bean.model();
      var owner = model.group().equals(group) ? CodeBlock.of("") : CodeBlock.of("$T.", ClassName.get(PACKAGE,
          className(model)));
      return CodeBlock.of("$L$L($T.exact($L, $T.class))", owner, model.method(), OBJECT_TREE, value, model.type());
    } else if (kind instanceof JacksonSubtree subtree) {
      return CodeBlock.of("$T.jackson($L, $T.class)", OBJECT_TREE, value, subtree.type());
    } else if (kind instanceof Node) {
      return CodeBlock.of("$T.jsonNode($L)", OBJECT_TREE, value);
    } else if (kind instanceof Untyped) {
      return CodeBlock.of("$T.untyped($L)", OBJECT_TREE, value);
    } else if (kind instanceof ListOf list) {
      var container = typed ? value : CodeBlock.of("$T.asList($L)", OBJECT_TREE, value);
      if (kind(list.element()) instanceof Scalar scalar && !scalar.type().isPrimitive()) {
        return CodeBlock.of("$T.list($L, $T.class)", OBJECT_TREE, container, scalar.type());
      }
      return CodeBlock.of("$L($L)", helper(type, group, helpers), container);
    } else if (kind instanceof MapOf map) {
      var container = typed ? value : CodeBlock.of("$T.asMap($L)", OBJECT_TREE, value);
      if (kind(map.value()) instanceof Scalar scalar && !scalar.type().isPrimitive()) {
        return CodeBlock.of("$T.map($L, $T.class)", OBJECT_TREE, container, scalar.type());
      }
      return CodeBlock.of("$L($L)", helper(type, group, helpers), container);
    }
    return CodeBlock.of("$T.unmapped()", OBJECT_TREE);
  }

  /** The private helper converting a list or map of non-scalars, written once per generated class. */
  private String helper(JavaType type, String group, Map<String, MethodSpec> helpers) {
    var name = helperName(type);
    if (helpers.containsKey(name)) {
      return name;
    }
    helpers.put(name, MethodSpec.methodBuilder(name).build()); // placeholder against recursion
    var body = CodeBlock.builder();
    MethodSpec.Builder method;
    if (kind(type) instanceof ListOf list) {
      var element = convert(list.element(), CodeBlock.of("item"), false, group, helpers);
      method = MethodSpec.methodBuilder(name).returns(ParameterizedTypeName.get(List.class, Object.class))
          .addParameter(ANY_LIST, "list");
      body.addStatement("var tree = new $T<$T>(list.size())", ArrayList.class, Object.class)
          .beginControlFlow("for ($T item : list)", Object.class)
          .addStatement("tree.add(item == null ? null : $L)", element)
          .endControlFlow();
    } else {
      var map = (MapOf) kind(type);
      var value = convert(map.value(), CodeBlock.of("item"), false, group, helpers);
      method = MethodSpec.methodBuilder(name).returns(TREE).addParameter(ANY_MAP, "map");
      body.addStatement("var tree = new $T<$T, $T>()", LinkedHashMap.class, String.class, Object.class)
          .beginControlFlow("for (var entry : $T.sorted(map))", OBJECT_TREE)
          .addStatement("var item = entry.getValue()")
          .addStatement("tree.put(entry.getKey(), item == null ? null : $L)", value)
          .endControlFlow();
    }
    body.addStatement("return tree");
    helpers.put(name, method.addModifiers(Modifier.PRIVATE, Modifier.STATIC).addCode(body.build()).build());
    return name;
  }

  private String helperName(JavaType type) {
    var kind = kind(type);
    if (kind instanceof ListOf list) {
      return "listOf" + capitalized(helperName(list.element()));
    } else if (kind instanceof MapOf map) {
      return "mapOf" + capitalized(helperName(map.value()));
    }
    return methodName(type.getRawClass().getSimpleName());
  }

  private static String capitalized(String name) {
    var plain = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
  }

  private TypeSpec dispatcher() {
    var body = CodeBlock.builder().beginControlFlow("switch (resource.getClass().getName())");
    for (Class<?> root : roots) {
      var model = models.get(root);
      body.add("case $S:\n", root.getName()).indent()
          .addStatement("return resource instanceof $T typed ? $T.$L(typed) : null", root,
              ClassName.get(PACKAGE, className(model)), model.method())
          .unindent();
    }
    body.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    var of = MethodSpec.methodBuilder("of")
        .addJavadoc("The resource's tree, or null when its class is not exactly a walked kind.\n")
        .addModifiers(Modifier.STATIC)
        .returns(TREE)
        .addParameter(HasMetadata.class, "resource")
        .addCode(body.build())
        .build();
    return TypeSpec.classBuilder("KindTrees")
        .addAnnotation(GENERATED)
        .addJavadoc("Dispatches a resource to the walker of its exact class, by class name, loading no other.\n")
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(of)
        .build();
  }

  private static String write(TypeSpec type) {
    return JavaFile.builder(PACKAGE, type)
        .addFileComment("$L from the fabric8 kubernetes-model $L classes at dsl's generate-sources.\n", MARKER,
            fabric8Version())
        .addFileComment("Do not edit: change the generator in dsl/codegen.")
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .toString();
  }
}
