package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kubeforge.bench.Workload;
import dev.kubeforge.codegen.TreesGenerator;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The generated walkers give exactly Jackson's tree: same keys in the same order, same values of the
 * same classes. Every walked model class is filled with seeded random values by reflection (nested
 * objects, lists and maps of every map kind, {@code IntOrString} ints and strings, quantities, untyped
 * values, additional properties, nulls and empty collections) and walked both ways. Values the walkers
 * leave to Jackson (subclasses, heap pollution, clashing additional properties) must give Jackson's
 * tree, or Jackson's failure, through {@link ObjectTree#of}.
 */
class ObjectTreeEquivalenceTest {

  private static final int OBJECTS_PER_CLASS = 12;
  private static final int MAX_DEPTH = 4;
  private static final List<String> STRINGS = List.of("", "a", "web", "apiVersion", "kind", "metadata", "name",
      "x y", "yes", "0x1F", "null", "multi\nline\n", " padded ", "ünïcödé", "key: value", "#comment", "8080",
      "25%", "1.5", "-");

  private final Map<Class<?>, TreesGenerator.Model> models = TreesGenerator.models();
  private final Map<String, Integer> unsetProperties = new TreeMap<>();

  @Test
  void everyWalkerGivesJacksonsTree() throws ReflectiveOperationException {
    int walked = 0;
    for (TreesGenerator.Model model : models.values()) {
      var walker = walker(model);
      for (int i = 0; i < OBJECTS_PER_CLASS; i++) {
        long seed = model.type().getName().hashCode() * 31L + i;
        var random = new SplittableRandom(seed);
        var object = fill(model.type(), random, 0, true);
        Object tree;
        try {
          tree = walker.invoke(null, object);
        } catch (InvocationTargetException e) {
          throw new AssertionError("walker of " + model.type().getName() + " failed, seed " + seed, e.getCause());
        }
        assertSameTree(ObjectTree.Jackson.tree(object), tree, model.type().getSimpleName() + " (seed " + seed + ")");
        walked++;
        recordUnset(model, object);
      }
    }
    assertTrue(walked > 5000, "walked only " + walked);
    unsetProperties.values().removeIf(count -> count < OBJECTS_PER_CLASS);
    assertEquals(Map.of(), unsetProperties, "properties the random filler never set");
  }

  @Test
  void everyKindThroughTheDispatcherGivesJacksonsTreeAndYaml() throws ReflectiveOperationException {
    int kinds = 0;
    for (TreesGenerator.Model model : models.values()) {
      if (!HasMetadata.class.isAssignableFrom(model.type())) {
        continue;
      }
      for (int i = 0; i < OBJECTS_PER_CLASS; i++) {
        var random = new SplittableRandom(model.type().getName().hashCode() * 17L + i);
        var resource = (HasMetadata) fill(model.type(), random, 0, true);
        var walked = KindTrees.of(resource);
        assertNotNull(walked, model.type().getName() + " is not dispatched");
        var reference = ObjectTree.jackson(resource);
        assertSameTree(reference, walked, model.type().getSimpleName());
        assertEquals(yaml(reference), yaml(ObjectTree.of(resource)));
      }
      kinds++;
    }
    assertTrue(kinds > 60, "dispatched only " + kinds + " kinds");
  }

  @Test
  void benchmarkWorkloadRendersTheSameBothWays() {
    var cluster = new Workload(5).define();
    for (var object : cluster.objects()) {
      var resource = object.resource();
      assertNotNull(KindTrees.of(resource));
      assertEquals(yaml(ObjectTree.jackson(resource)), yaml(ObjectTree.of(resource)));
    }
  }

  @Test
  void unknownKindsTakeTheJacksonPath() {
    var generic = new GenericKubernetesResource();
    generic.setApiVersion("example.com/v1");
    generic.setKind("Widget");
    generic.setMetadata(meta("w"));
    generic.setAdditionalProperty("spec", Map.of("size", 3));
    assertNull(KindTrees.of(generic));
    assertEquals("""
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
        """, yaml(ObjectTree.of(generic)));

    var subclass = new ConfigMap() {};
    subclass.setMetadata(meta("c"));
    assertNull(KindTrees.of(subclass));
    assertSameTree(ObjectTree.jackson(subclass), ObjectTree.of(subclass), "ConfigMap subclass");
  }

  @Test
  void valuesTheWalkersDoNotMapTakeTheJacksonPathForTheWholeResource() throws ReflectiveOperationException {
    var subclassedMeta = deployment();
    subclassedMeta.setMetadata(new ObjectMeta() {
      @Override
      public String getName() {
        return "renamed";
      }
    });
    assertFallsBack(subclassedMeta);
    assertTrue(yaml(ObjectTree.of(subclassedMeta)).contains("name: renamed"));

    var clash = deployment();
    clash.getSpec().setAdditionalProperty("replicas", 7);
    assertFallsBack(clash);

    var longIntOrString = new ServicePort();
    var field = IntOrString.class.getSuperclass().getDeclaredField("value");
    field.setAccessible(true);
    var port = new IntOrString();
    field.set(port, 8080L);
    longIntOrString.setTargetPort(port);
    var service = new io.fabric8.kubernetes.api.model.Service();
    service.setMetadata(meta("s"));
    service.setSpec(new io.fabric8.kubernetes.api.model.ServiceSpec());
    service.getSpec().setPorts(List.of(longIntOrString));
    assertFallsBack(service);

    var untypedBean = deployment();
    untypedBean.getMetadata().setAdditionalProperty("owner", meta("o"));
    assertFallsBack(untypedBean);

    var noTime = new Event();
    noTime.setMetadata(meta("e"));
    noTime.setEventTime(new MicroTime());
    noTime.setReason("Started");
    assertFallsBack(noTime);

    var containers = new ArrayList<Object>();
    containers.add(new Container() {});
    var subclassedElement = deployment();
    subclassedElement.getSpec().getTemplate().getSpec().setContainers(cast(containers));
    assertFallsBack(subclassedElement);
  }

  @Test
  void heapPollutionFailsAsJacksonFails() {
    var args = new ArrayList<Object>();
    args.add(42);
    var container = new Container();
    container.setName("c");
    container.setArgs(cast(args));
    var polluted = deployment();
    polluted.getSpec().getTemplate().getSpec().setContainers(List.of(container));
    var expected = assertThrows(RuntimeException.class, () -> ObjectTree.jackson(polluted));
    var actual = assertThrows(RuntimeException.class, () -> ObjectTree.of(polluted));
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  @Test
  void leadingKeysComeFirstWhereverApiVersionAndKindMeet() {
    var configMap = new ConfigMap();
    configMap.setApiVersion("v1");
    configMap.setKind("ConfigMap");
    configMap.setMetadata(meta("settings"));
    var data = new HashMap<String, String>();
    data.put("zeta", "1");
    data.put("kind", "2");
    data.put("apiVersion", "3");
    data.put("alpha", "4");
    configMap.setData(data);
    configMap.setImmutable(true);
    var yaml = yaml(ObjectTree.of(configMap));
    assertEquals("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          apiVersion: "3"
          kind: "2"
          alpha: "4"
          zeta: "1"
        immutable: true
        """, yaml);
    assertEquals(yaml(ObjectTree.jackson(configMap)), yaml);
  }

  // ---- random objects ----

  private Object fill(Class<?> type, RandomGenerator random, int depth, boolean withAdditional)
      throws ReflectiveOperationException {
    var object = type.getConstructor().newInstance();
    for (Method setter : type.getMethods()) {
      if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1
          || Modifier.isStatic(setter.getModifiers()) || setter.getName().equals("setAdditionalProperty")
          || (setter.getName().equals("setAdditionalProperties") && setter.getParameterTypes()[0] == Map.class)) {
        continue;
      }
      var javaType = ObjectTree.Jackson.MAPPER.getTypeFactory().constructType(setter.getGenericParameterTypes()[0]);
      try {
        setter.invoke(object, random(javaType, random, depth + 1));
      } catch (InvocationTargetException e) {
        // a setter that validates (such as IntOrString.setValue) refused a random value
      }
    }
    if (withAdditional && random.nextInt(4) == 0) {
      try {
        var additional = type.getMethod("setAdditionalProperty", String.class, Object.class);
        for (int i = random.nextInt(3); i >= 0; i--) {
          var key = random.nextInt(3) == 0 && !hasProperty(type, "kind") && !hasProperty(type, "apiVersion") ? pick(List.of("apiVersion", "kind"), random)
              : "x-extra-" + random.nextInt(5);
          additional.invoke(object, key, untyped(random, depth + 1));
        }
      } catch (NoSuchMethodException e) {
        // no additional properties
      }
    }
    return object;
  }

  private boolean hasProperty(Class<?> type, String name) {
    var model = models.get(type);
    return model != null && model.properties().stream().anyMatch(p -> p.name().equals(name));
  }

  private Object random(JavaType type, RandomGenerator random, int depth) throws ReflectiveOperationException {
    var raw = type.getRawClass();
    if (raw.isPrimitive()) {
      return raw == boolean.class ? random.nextBoolean() : raw == int.class ? random.nextInt()
          : raw == long.class ? random.nextLong() : random.nextDouble();
    }
    if (random.nextInt(4) == 0) {
      return null;
    }
    if (raw == String.class) {
      return string(random);
    } else if (raw == Integer.class) {
      return integer(random);
    } else if (raw == Long.class) {
      return random.nextBoolean() ? (long) integer(random) : random.nextLong();
    } else if (raw == Boolean.class) {
      return random.nextBoolean();
    } else if (raw == Double.class) {
      return decimal(random);
    } else if (raw == Object.class) {
      return untyped(random, depth);
    } else if (raw == JsonNode.class) {
      return ObjectTree.Jackson.MAPPER.valueToTree(untyped(random, depth));
    } else if (raw == IntOrString.class) {
      return switch (random.nextInt(3)) {
        case 0 -> new IntOrString(integer(random));
        case 1 -> new IntOrString(string(random));
        default -> new IntOrString();
      };
    } else if (raw == Quantity.class) {
      return switch (random.nextInt(4)) {
        case 0 -> new Quantity(pick(List.of("100m", "1", "0.5", "1e3"), random));
        case 1 -> new Quantity(pick(List.of("128", "1", "2"), random), pick(List.of("Mi", "Gi", "k", ""), random));
        case 2 -> new Quantity();
        default -> {
          var quantity = new Quantity();
          quantity.setFormat("Ki");
          yield quantity;
        }
      };
    } else if (raw == MicroTime.class) {
      return new MicroTime("2024-05-06T07:08:09.123456Z");
    } else if (List.class.isAssignableFrom(raw)) {
      var list = new ArrayList<Object>();
      for (int i = random.nextInt(depth > 2 ? 2 : 4); i > 0; i--) {
        list.add(random.nextInt(8) == 0 ? null : random(type.getContentType(), random, depth + 1));
      }
      return list;
    } else if (Map.class.isAssignableFrom(raw)) {
      Map<String, Object> map = switch (random.nextInt(3)) {
        case 0 -> new HashMap<>();
        case 1 -> new TreeMap<>();
        default -> new LinkedHashMap<>();
      };
      for (int i = random.nextInt(depth > 2 ? 2 : 5); i > 0; i--) {
        map.put(string(random), random.nextInt(8) == 0 ? null : random(type.getContentType(), random, depth + 1));
      }
      return map;
    } else if (depth > MAX_DEPTH || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      return null;
    }
    var object = fill(raw, random, depth, true);
    if (!models.containsKey(raw)) {
      try {
        ObjectTree.Jackson.tree(object); // a class with its own serializer: keep only what it can write
      } catch (RuntimeException e) {
        return null;
      }
    }
    return object;
  }

  private Object untyped(RandomGenerator random, int depth) {
    int choice = random.nextInt(depth > 3 ? 6 : 8);
    return switch (choice) {
      case 0 -> null;
      case 1 -> string(random);
      case 2 -> integer(random);
      case 3 -> random.nextLong();
      case 4 -> random.nextBoolean();
      case 5 -> decimal(random);
      case 6 -> {
        var list = new ArrayList<Object>();
        for (int i = random.nextInt(3); i > 0; i--) {
          list.add(untyped(random, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = random.nextBoolean() ? new HashMap<>() : new TreeMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(string(random), untyped(random, depth + 1));
        }
        yield map;
      }
    };
  }

  private static String string(RandomGenerator random) {
    return random.nextInt(3) == 0 ? "s" + random.nextInt(1000) : pick(STRINGS, random);
  }

  private static int integer(RandomGenerator random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> random.nextInt(100);
      case 2 -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      default -> random.nextInt();
    };
  }

  private static double decimal(RandomGenerator random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0.5;
      case 1 -> 3.0;
      case 2 -> 1e20;
      default -> random.nextDouble() * 1000 - 500;
    };
  }

  private static <T> T pick(List<T> values, RandomGenerator random) {
    return values.get(random.nextInt(values.size()));
  }

  private void recordUnset(TreesGenerator.Model model, Object object) throws ReflectiveOperationException {
    for (TreesGenerator.Property property : model.properties()) {
      var key = model.type().getName() + "." + property.name();
      if (property.getter().invoke(object) == null) {
        unsetProperties.merge(key, 1, Integer::sum);
      } else {
        unsetProperties.putIfAbsent(key, 0);
      }
    }
  }

  // ---- helpers ----

  private static Method walker(TreesGenerator.Model model) throws ReflectiveOperationException {
    var owner = Class.forName(ObjectTree.class.getPackageName() + "." + TreesGenerator.className(model));
    var method = owner.getDeclaredMethod(model.method(), model.type());
    method.setAccessible(true);
    return method;
  }

  private static void assertFallsBack(HasMetadata resource) {
    assertThrows(RuntimeException.class, () -> KindTrees.of(resource), "the walker should not map it");
    assertSameTree(ObjectTree.jackson(resource), ObjectTree.of(resource), resource.getKind());
  }

  /** Equal trees, including the order of keys and the classes of scalars. */
  private static void assertSameTree(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> expectedMap) {
      if (!(actual instanceof Map<?, ?> actualMap)) {
        fail(path + ": expected a map, was " + actual);
        return;
      }
      assertEquals(List.copyOf(expectedMap.keySet()), List.copyOf(actualMap.keySet()), path + ": keys");
      for (var entry : expectedMap.entrySet()) {
        assertSameTree(entry.getValue(), actualMap.get(entry.getKey()), path + "." + entry.getKey());
      }
    } else if (expected instanceof List<?> expectedList) {
      if (!(actual instanceof List<?> actualList)) {
        fail(path + ": expected a list, was " + actual);
        return;
      }
      assertEquals(expectedList.size(), actualList.size(), path + ": size");
      for (int i = 0; i < expectedList.size(); i++) {
        assertSameTree(expectedList.get(i), actualList.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(expected, actual, path);
      if (expected != null) {
        assertEquals(expected.getClass(), actual.getClass(), path + ": class of " + expected);
      }
    }
  }

  private static String yaml(Map<String, Object> tree) {
    var out = new StringBuilder();
    YamlWriter.writeDocument(tree, out);
    return out.toString();
  }

  private static ObjectMeta meta(String name) {
    var meta = new ObjectMeta();
    meta.setName(name);
    return meta;
  }

  private static Deployment deployment() {
    var container = new Container();
    container.setName("app");
    container.setImage("nginx:1.27");
    var podSpec = new PodSpec();
    podSpec.setContainers(List.of(container));
    var template = new PodTemplateSpec();
    template.setSpec(podSpec);
    var spec = new DeploymentSpec();
    spec.setReplicas(2);
    spec.setTemplate(template);
    var deployment = new Deployment();
    deployment.setMetadata(meta("web"));
    deployment.setSpec(spec);
    return deployment;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> list) {
    return (List<T>) list;
  }
}
