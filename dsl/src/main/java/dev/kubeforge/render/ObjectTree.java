package dev.kubeforge.render;

import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a fabric8 object into the ordered tree {@link YamlWriter} writes, in the canonical key order:
 * {@code apiVersion}, {@code kind}, {@code metadata} first in any object that has both {@code apiVersion}
 * and {@code kind}, then every other key sorted. Integral numbers are {@link Integer}s, {@link Long}s or
 * {@link java.math.BigInteger}s (the smallest that holds the value), decimals {@link BigDecimal}s.
 *
 * <p>Two paths give the same tree. The fast one walks the model classes through their getters, with
 * the walkers generated into the {@code *Trees} classes of this package at {@code generate-sources}
 * (by {@code TreesGenerator} in {@code dsl/codegen}, into {@code target/generated-sources/trees}). The
 * reference one is Jackson's: it serializes the object with a plain mapper and sorts.
 * Any object the walkers do not know, or any value they cannot map exactly (a subclass where a model
 * class is declared, an unexpected value in an untyped field), takes the Jackson path for the whole
 * resource, so the output never depends on which path ran; values of the few model classes with a
 * serializer of their own (JSON schema's {@code JSONSchemaPropsOrArray} and its kin) and {@code JsonNode}
 * values are Jackson subtrees. Jackson is loaded only when one of these happens.
 */
final class ObjectTree {

  private static final List<String> LEADING_KEYS = List.of("apiVersion", "kind", "metadata");

  private ObjectTree() {}

  /** The object's canonical tree. */
  static Map<String, Object> of(HasMetadata resource) {
    try {
      var tree = KindTrees.of(resource);
      if (tree != null) {
        return tree;
      }
    } catch (Unmapped e) {
      // A value the walkers do not map exactly: Jackson's tree is the reference.
    }
    return jackson(resource);
  }

  /** The object's canonical tree through Jackson; the reference the generated walkers are tested against. */
  static Map<String, Object> jackson(HasMetadata resource) {
    @SuppressWarnings("unchecked")
    var tree = (Map<String, Object>) Jackson.tree(resource);
    return tree;
  }

  /**
   * The canonical tree of any fabric8 value that is not a whole object, such as a {@code Taint} or an
   * {@code EnvVar} inside a kubeadm configuration.
   */
  static Object ofValue(Object value) {
    return Jackson.tree(value);
  }

  // ---- called by the generated walkers ----

  /** Signals a value the walkers do not map: the whole resource takes the Jackson path. */
  static <T> T unmapped() {
    throw Unmapped.INSTANCE;
  }

  /** {@code value} when it is exactly of class {@code type}; otherwise the resource is unmapped. */
  @SuppressWarnings("unchecked")
  static <T> T exact(Object value, Class<T> type) {
    if (value.getClass() != type) {
      throw Unmapped.INSTANCE;
    }
    return (T) value;
  }

  /** {@code value} when it is a list (an element of a list of lists, say); otherwise unmapped. */
  static List<?> asList(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw Unmapped.INSTANCE;
  }

  /** {@code value} when it is a map; otherwise unmapped. */
  static Map<?, ?> asMap(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw Unmapped.INSTANCE;
  }

  /**
   * A value of a model class with its own serializer that the walkers leave to Jackson, such as
   * {@code JSONSchemaPropsOrArray}: its subtree through Jackson, when it is exactly of that class.
   */
  static Object jackson(Object value, Class<?> type) {
    return Jackson.tree(exact(value, type));
  }

  /** A {@code JsonNode} value (JSON schema defaults and examples): its subtree through Jackson. */
  static Object jsonNode(Object node) {
    return Jackson.tree(node);
  }

  /**
   * Finishes a walker's tree, already in canonical order: merges the additional properties, if any,
   * and orders the keys again.
   */
  static Map<String, Object> finish(Map<String, Object> tree, Map<String, Object> additional) {
    if (additional == null || additional.isEmpty()) {
      return tree;
    }
    for (Map.Entry<?, ?> entry : additional.entrySet()) {
      // A key that is also a written property would depend on Jackson's property order.
      if (!(entry.getKey() instanceof String key) || tree.containsKey(key)) {
        throw Unmapped.INSTANCE;
      }
      tree.put(key, untyped(entry.getValue()));
    }
    return canonical(tree);
  }

  /** A value as Jackson writes it from its runtime type, for the simple types JSON has. */
  static Object untyped(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
      return value;
    } else if (value instanceof Long number) {
      return integral(number);
    } else if (value instanceof Double number) {
      return decimal(number);
    } else if (value instanceof List<?> list) {
      var tree = new ArrayList<Object>(list.size());
      for (Object item : list) {
        tree.add(untyped(item));
      }
      return tree;
    } else if (value instanceof Map<?, ?> map) {
      var tree = new LinkedHashMap<String, Object>();
      for (Map.Entry<String, Object> entry : sorted(map)) {
        tree.put(entry.getKey(), untyped(entry.getValue()));
      }
      return tree;
    }
    throw Unmapped.INSTANCE;
  }

  /** A {@code long} in the tree's integral form: an {@link Integer} when it fits. */
  static Object integral(long value) {
    if (value == (int) value) {
      return Integer.valueOf((int) value); // not in a conditional expression: that would widen it to Long
    }
    return Long.valueOf(value);
  }

  /** A {@code double} as Jackson's tree gives it: {@link BigDecimal#valueOf(double)}. */
  static Object decimal(double value) {
    if (!Double.isFinite(value)) {
      throw Unmapped.INSTANCE;
    }
    return BigDecimal.valueOf(value);
  }

  /** An {@code IntOrString} (or another {@link AnyType}): its value, written from its runtime type. */
  static Object anyType(AnyType value) {
    var content = value.getValue();
    if (content == null || content instanceof String || content instanceof Integer) {
      return content;
    }
    throw Unmapped.INSTANCE;
  }

  /** A {@link Quantity} as its serializer writes it: amount and format, each when set. */
  static Object quantity(Quantity value) {
    var amount = value.getAmount();
    var format = value.getFormat();
    if (format == null) {
      return amount == null ? "" : amount;
    }
    return amount == null ? format : amount + format;
  }

  /** A {@link MicroTime} as its serializer writes it: the time string. */
  static Object microTime(MicroTime value) {
    if (value.getTime() == null) {
      throw Unmapped.INSTANCE; // without a time the serializer writes no value at all
    }
    return value.getTime();
  }

  /** A fabric8 {@link Duration} as its serializer writes it: nanoseconds with the unit {@code ns}. */
  static Object duration(Duration value) {
    return value.getValue() + "ns";
  }

  /**
   * A list of strings, booleans or numbers declared with element type {@code type}; an element of
   * another class would make Jackson fail, so it is left to Jackson.
   */
  static List<Object> list(List<?> list, Class<?> type) {
    var tree = new ArrayList<Object>(list.size());
    for (Object item : list) {
      tree.add(scalar(item, type));
    }
    return tree;
  }

  /** A map from strings to strings, booleans or numbers declared with value type {@code type}, sorted. */
  static Map<String, Object> map(Map<?, ?> map, Class<?> type) {
    var tree = new LinkedHashMap<String, Object>();
    for (Map.Entry<String, Object> entry : sorted(map)) {
      tree.put(entry.getKey(), scalar(entry.getValue(), type));
    }
    return tree;
  }

  private static Object scalar(Object value, Class<?> type) {
    if (value == null) {
      return null;
    } else if (value.getClass() != type) {
      throw Unmapped.INSTANCE;
    } else if (value instanceof Long number) {
      return integral(number);
    } else if (value instanceof Double number) {
      return decimal(number);
    }
    return value;
  }

  /**
   * A map's entries, copied, in the canonical key order. Keys must be strings. A map that iterates in
   * key order already, such as a {@link TreeMap}, is not sorted again.
   */
  static List<Map.Entry<String, Object>> sorted(Map<?, ?> map) {
    @SuppressWarnings("unchecked")
    Map.Entry<String, Object>[] entries = new Map.Entry[map.size()];
    int count = 0;
    boolean inOrder = true;
    boolean hasApiVersion = false;
    boolean hasKind = false;
    String previous = null;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw Unmapped.INSTANCE;
      }
      inOrder &= previous == null || previous.compareTo(key) < 0;
      hasApiVersion |= key.equals("apiVersion");
      hasKind |= key.equals("kind");
      previous = key;
      entries[count++] = new AbstractMap.SimpleImmutableEntry<>(key, entry.getValue());
    }
    if (!inOrder) {
      Arrays.sort(entries, 0, count, new Comparator<Map.Entry<String, Object>>() {
        @Override
        public int compare(Map.Entry<String, Object> a, Map.Entry<String, Object> b) {
          return a.getKey().compareTo(b.getKey());
        }
      });
    }
    var sorted = Arrays.asList(entries).subList(0, count);
    if (!hasApiVersion || !hasKind) {
      return sorted;
    }
    var ordered = new ArrayList<Map.Entry<String, Object>>(count);
    for (String key : LEADING_KEYS) {
      for (Map.Entry<String, Object> entry : sorted) {
        if (entry.getKey().equals(key)) {
          ordered.add(entry);
        }
      }
    }
    for (Map.Entry<String, Object> entry : sorted) {
      if (!LEADING_KEYS.contains(entry.getKey())) {
        ordered.add(entry);
      }
    }
    return ordered;
  }

  /** The tree's entries re-ordered canonically. */
  private static Map<String, Object> canonical(Map<String, Object> tree) {
    var ordered = new LinkedHashMap<String, Object>();
    for (Map.Entry<String, Object> entry : sorted(tree)) {
      ordered.put(entry.getKey(), entry.getValue());
    }
    return ordered;
  }

  /** Thrown by the walkers for a value they do not map; caught in {@link #of}. */
  private static final class Unmapped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unmapped INSTANCE = new Unmapped();

    private Unmapped() {
      super(null, null, false, false);
    }
  }

  /** The Jackson path, in its own class so that Jackson is loaded only when it is taken. */
  static final class Jackson {

    /** The mapper; its configuration is what the generated walkers reproduce (TreesGenerator builds the same). */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Jackson() {}

    /** {@code value}'s canonical tree through Jackson. */
    static Object tree(Object value) {
      return toTree(MAPPER.valueToTree(value));
    }

    private static Object toTree(JsonNode node) {
      if (node.isObject()) {
        var map = new LinkedHashMap<String, Object>(node.size() * 2);
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          map.put(property.getKey(), toTree(property.getValue()));
        }
        return canonical(map);
      }
      if (node.isArray()) {
        var list = new ArrayList<Object>(node.size());
        for (JsonNode item : node) {
          list.add(toTree(item));
        }
        return list;
      }
      if (node.isNull() || node.isMissingNode()) {
        return null;
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isIntegralNumber()) {
        return node.canConvertToLong() ? integral(node.longValue()) : node.bigIntegerValue();
      }
      if (node.isNumber()) {
        return node.decimalValue();
      }
      return node.asString();
    }
  }
}
