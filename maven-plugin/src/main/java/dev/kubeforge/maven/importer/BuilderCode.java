package dev.kubeforge.maven.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.palantir.javapoet.CodeBlock;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Java source that builds a fabric8 object with its typed builders, such as
 * {@code new ServiceBuilder().withMetadata(new ObjectMetaBuilder().withName("web").build())...build()}.
 * Walks the object's JSON tree along the fabric8 model class's Jackson properties: a model-typed property
 * becomes its builder, lists varargs, maps one {@code addToX(key, value)} per entry, {@link Quantity} and
 * {@link IntOrString} their constructors; what the model has no property for, and untyped values, become
 * {@code addToAdditionalProperties(..)} with {@code Map.of}/{@code List.of} values. Null values and empty
 * lists and maps are left out: Kubernetes reads them as absent.
 */
final class BuilderCode {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<Class<?>, Map<String, Field>> PROPERTIES = new ConcurrentHashMap<>();

  private BuilderCode() {}

  /** The expression that builds {@code tree} as the fabric8 object {@code object} (its class decides the builder). */
  static CodeBlock of(HasMetadata object, JsonNode tree) {
    return model(object.getClass(), tree, object instanceof GenericKubernetesResource ? null : object);
  }

  private static CodeBlock model(Class<?> type, JsonNode tree, HasMetadata defaults) {
    var calls = new ArrayList<CodeBlock>();
    var properties = properties(type);
    for (Map.Entry<String, JsonNode> entry : tree.properties()) {
      var name = entry.getKey();
      var value = entry.getValue();
      if (absent(value)) {
        continue;
      }
      if (defaults != null && (name.equals("apiVersion") && value.asString("").equals(defaults.getApiVersion())
          || name.equals("kind") && value.asString("").equals(defaults.getKind()))) {
        continue; // the builder's object carries them already
      }
      var field = properties.get(name);
      var method = field == null ? null : methodBase(field);
      if (method == null) {
        calls.add(CodeBlock.of(".addToAdditionalProperties($S, $L)", name, untyped(value)));
      } else if (Map.class.isAssignableFrom(field.getType())) {
        var valueType = typeArgument(field.getGenericType(), 1);
        value.properties().forEach(e -> {
          if (!e.getValue().isNull()) {
            calls.add(CodeBlock.of(".addTo$L($S, $L)", method, e.getKey(), value(valueType, e.getValue())));
          }
        });
      } else if (List.class.isAssignableFrom(field.getType())) {
        var elementType = typeArgument(field.getGenericType(), 0);
        var items = new ArrayList<CodeBlock>();
        value.forEach(item -> items.add(value(elementType, item)));
        if (elementType instanceof Class<?> c && (c == String.class || builderOf(c) != null)) {
          calls.add(CodeBlock.of(".with$L($L)", method, join(items, items.size() > 1 && builderOf(c) != null)));
        } else {
          calls.add(CodeBlock.of(".with$L($T.of($L))", method, List.class, join(items, false)));
        }
      } else {
        calls.add(CodeBlock.of(".with$L($L)", method, value(field.getGenericType(), value)));
      }
    }
    var code = CodeBlock.builder().add("new $T()", builderOf(type));
    if (calls.size() > 1) {
      code.add("$>$>");
      calls.forEach(call -> code.add("\n$L", call));
      return code.add("\n.build()$<$<").build();
    }
    calls.forEach(code::add);
    return code.add(".build()").build();
  }

  private static CodeBlock value(Type type, JsonNode value) {
    var raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    if (raw == String.class) {
      return CodeBlock.of("$S", value.isString() ? value.asString() : value.toString());
    } else if (raw == Integer.class || raw == int.class) {
      return CodeBlock.of("$L", value.asInt());
    } else if (raw == Long.class || raw == long.class) {
      return CodeBlock.of("$LL", value.asLong());
    } else if (raw == Boolean.class || raw == boolean.class) {
      return CodeBlock.of("$L", value.asBoolean());
    } else if (raw == Double.class || raw == double.class) {
      return CodeBlock.of("$Ld", value.asDouble());
    } else if (raw == Quantity.class) {
      return CodeBlock.of("new $T($S)", Quantity.class, value.isString() ? value.asString() : value.toString());
    } else if (raw == IntOrString.class) {
      return value.isInt() ? CodeBlock.of("new $T($L)", IntOrString.class, value.asInt())
          : CodeBlock.of("new $T($S)", IntOrString.class, value.asString());
    } else if (value.isObject() && builderOf(raw) != null && !Modifier.isAbstract(raw.getModifiers())) {
      return model(raw, value, null);
    } else if (value.isObject() && KubernetesResource.class.isAssignableFrom(raw) && value.has("kind")) {
      var object = JSON.treeToValue(value, KubernetesResource.class);
      return object instanceof HasMetadata resource ? of(resource, value) : untyped(value);
    }
    return untyped(value);
  }

  /** A plain Java value: {@code Map.of(..)}, {@code List.of(..)}, a string, number or boolean literal. */
  static CodeBlock untyped(JsonNode value) {
    if (value.isObject()) {
      var entries = new ArrayList<CodeBlock>();
      boolean small = value.size() <= 10;
      value.properties().forEach(e -> {
        if (!e.getValue().isNull()) {
          entries.add(small ? CodeBlock.of("$S, $L", e.getKey(), untyped(e.getValue()))
              : CodeBlock.of("$T.entry($S, $L)", Map.class, e.getKey(), untyped(e.getValue())));
        }
      });
      return CodeBlock.of(small ? "$T.of($L)" : "$T.ofEntries($L)", Map.class, join(entries, entries.size() > 1));
    } else if (value.isArray()) {
      var items = new ArrayList<CodeBlock>();
      value.forEach(item -> items.add(untyped(item)));
      return CodeBlock.of("$T.of($L)", List.class, join(items, items.size() > 1 && value.get(0).isContainer()));
    } else if (value.isString()) {
      return CodeBlock.of("$S", value.asString());
    } else if (value.isInt()) {
      return CodeBlock.of("$L", value.asInt());
    } else if (value.isIntegralNumber()) {
      return CodeBlock.of("$LL", value.asLong());
    } else if (value.isNumber()) {
      return CodeBlock.of("$Ld", value.asDouble());
    } else if (value.isBoolean()) {
      return CodeBlock.of("$L", value.asBoolean());
    }
    return CodeBlock.of("null");
  }

  private static CodeBlock join(List<CodeBlock> items, boolean onLines) {
    if (!onLines) {
      return CodeBlock.join(items, ", ");
    }
    var code = CodeBlock.builder().add("$>$>");
    for (int i = 0; i < items.size(); i++) {
      code.add("\n$L$L", items.get(i), i + 1 < items.size() ? "," : "");
    }
    return code.add("$<$<").build();
  }

  /** Whether Kubernetes reads {@code value} as if it were not there. */
  static boolean absent(JsonNode value) {
    return value.isNull() || value.isContainer() && value.isEmpty();
  }

  /** The fabric8 builder of a model class, or {@code null} when it has none. */
  private static Class<?> builderOf(Class<?> type) {
    if (type == null || !type.getName().startsWith("io.fabric8.")) {
      return null;
    }
    try {
      return Class.forName(type.getName() + "Builder", false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** The model's fields by JSON name, superclasses' included. */
  private static Map<String, Field> properties(Class<?> type) {
    return PROPERTIES.computeIfAbsent(type, t -> {
      var fields = new HashMap<String, Field>();
      for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          var property = field.getAnnotation(JsonProperty.class);
          if (property != null && !Modifier.isStatic(field.getModifiers())) {
            fields.putIfAbsent(property.value(), field);
          }
        }
      }
      return fields;
    });
  }

  /** The builder's method suffix of a field ({@code Labels} of {@code withLabels}), or {@code null} when it has none. */
  private static String methodBase(Field field) {
    var name = field.getName();
    var base = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    var builder = builderOf(field.getDeclaringClass());
    if (builder == null) {
      return null;
    }
    var wanted = (Map.class.isAssignableFrom(field.getType()) ? "addTo" : "with") + base;
    for (var method : builder.getMethods()) {
      if (method.getName().equals(wanted)) {
        return base;
      }
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index] : Object.class;
  }
}
