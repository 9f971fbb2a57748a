package dev.kubeforge.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a fabric8 object into the ordered tree {@link YamlWriter} writes, in the canonical key order:
 * {@code apiVersion}, {@code kind}, {@code metadata} first, then every other key sorted.
 */
final class ObjectTree {

  private static final List<String> LEADING_KEYS = List.of("apiVersion", "kind", "metadata");

  private ObjectTree() {}

  /** The object's canonical tree. */
  static Map<String, Object> of(HasMetadata resource) {
    JsonNode node = Mapper.INSTANCE.valueToTree(resource);
    @SuppressWarnings("unchecked")
    var tree = (Map<String, Object>) toTree(node);
    return tree;
  }

  /**
   * The canonical tree of any fabric8 value that is not a whole object, such as a {@code Taint} or an
   * {@code EnvVar} inside a kubeadm configuration.
   */
  static Object ofValue(Object value) {
    return toTree(Mapper.INSTANCE.valueToTree(value));
  }

  private static Object toTree(JsonNode node) {
    if (node.isObject()) {
      var names = new ArrayList<String>(node.size());
      for (String name : node.propertyNames()) {
        names.add(name);
      }
      String[] sorted = names.toArray(new String[0]);
      Arrays.sort(sorted);
      var map = new LinkedHashMap<String, Object>(sorted.length * 2);
      boolean embeddedObject = node.has("apiVersion") && node.has("kind");
      if (embeddedObject) {
        for (String key : LEADING_KEYS) {
          if (node.has(key)) {
            map.put(key, toTree(node.get(key)));
          }
        }
      }
      for (String name : sorted) {
        if (!map.containsKey(name)) {
          map.put(name, toTree(node.get(name)));
        }
      }
      return map;
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
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.asString();
  }

  /** The mapper, built on first use. */
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
  }
}
