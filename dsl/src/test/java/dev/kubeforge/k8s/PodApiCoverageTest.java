package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pod API, all of it, typed: walks fabric8's model of the pod's fields ({@link PodSpec},
 * {@link Container}, {@link Volume} and every volume source, the security contexts, probes and lifecycle
 * hooks) and fails when a field is neither covered by a DSL call in {@link PodApiCalls} nor listed, with
 * the reason, in {@code pod-api-customize.txt}; so a Kubernetes upgrade shows what is new. A covered
 * field is proved: its call, applied to a workload, sets the field in the expanded object.
 */
class PodApiCoverageTest {

  /** The model's roots; PodSpec's and Container's own fields are walked without descending (other areas). */
  private static final List<Class<?>> ROOTS = List.of(PodSpec.class, Container.class, Volume.class,
      SecurityContext.class, PodSecurityContext.class, Probe.class, Lifecycle.class, LifecycleHandler.class);
  private static final Set<Class<?>> SHALLOW = Set.of(PodSpec.class, Container.class);
  /** Types of other API areas (metadata, claims, selectors, quantities) the walk counts as one field. */
  private static final Set<String> OTHER_AREAS = Set.of("ObjectMeta", "PersistentVolumeClaimSpec", "LabelSelector",
      "Quantity", "IntOrString");
  private static final String LIST = "pod-api-customize.txt";

  @Test
  void everyFieldIsCoveredOrListed() throws IOException {
    var listed = listed();
    var walked = walk(listed.keySet());
    var covered = PodApiCalls.covered().keySet();
    var problems = new ArrayList<String>();
    walked.stream().filter(f -> !covered.contains(f) && !listed.containsKey(f))
        .forEach(f -> problems.add(f + ": neither covered by a DSL call (PodApiCalls) nor listed in " + LIST));
    listed.keySet().stream().filter(f -> !walked.contains(f))
        .forEach(f -> problems.add(f + ": listed in " + LIST + " but not in the model (removed or renamed?)"));
    listed.keySet().stream().filter(covered::contains)
        .forEach(f -> problems.add(f + ": covered by a DSL call; remove it from " + LIST));
    covered.stream().filter(f -> !walked.contains(f))
        .forEach(f -> problems.add(f + ": covered in PodApiCalls but not in the model"));
    System.out.printf("pod API: %d fields walked, %d covered by typed DSL calls, %d listed for customize(..)%n",
        walked.size(), covered.size(), listed.size());
    assertEquals(List.of(), problems);
    assertEquals(walked.size(), covered.size() + listed.size());
    var counts = "Today: %d fields walked, %d covered, %d listed.".formatted(walked.size(), covered.size(), listed.size());
    assertTrue(Files.readString(Path.of("..", "README.md")).replaceAll("\\s+", " ").contains(counts),
        "README.md states the pod API counts: " + counts);
  }

  @TestFactory
  Stream<DynamicTest> everyCoveredFieldIsSetByItsCall() {
    var baseline = values(PodApiCalls.BASELINE);
    return PodApiCalls.covered().entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
      var set = new HashSet<>(values(entry.getValue()).getOrDefault(entry.getKey(), Set.of()));
      set.removeAll(baseline.getOrDefault(entry.getKey(), Set.of()));
      assertTrue(!set.isEmpty(), entry.getKey() + " is not set by its DSL call (or set as without it)");
    }));
  }

  /** Field → reason, from the list; a field listed twice or without a reason fails. */
  private static SortedMap<String, String> listed() throws IOException {
    var listed = new TreeMap<String, String>();
    try (InputStream in = PodApiCoverageTest.class.getResourceAsStream(LIST)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        var parts = line.split(" ", 2);
        assertTrue(parts.length == 2 && !parts[1].isBlank(), "a line of " + LIST + " is 'Type.field reason': " + line);
        assertEquals(null, listed.put(parts[0], parts[1].strip()), parts[0] + " is listed twice");
      }
    }
    return listed;
  }

  /** Every {@code Type.field} of the pod API; a listed field's type is left to customize(..) whole, so not entered. */
  private static SortedSet<String> walk(Set<String> listed) {
    var fields = new TreeSet<String>();
    var seen = new HashSet<Class<?>>();
    ROOTS.forEach(root -> walk(root, listed, fields, seen));
    return fields;
  }

  private static void walk(Class<?> type, Set<String> listed, Set<String> fields, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Field field : type.getDeclaredFields()) {
      var property = field.getAnnotation(JsonProperty.class);
      if (property == null) {
        continue;
      }
      var key = type.getSimpleName() + "." + property.value();
      fields.add(key);
      var element = elementType(field);
      if (!SHALLOW.contains(type) && !listed.contains(key) && isModel(element)
          && !OTHER_AREAS.contains(element.getSimpleName())) {
        walk(element, listed, fields, seen);
      }
    }
  }

  private static Class<?> elementType(Field field) {
    if (Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType())) {
      var arguments = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
      return (Class<?>) arguments[arguments.length - 1];
    }
    return field.getType();
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().startsWith("io.fabric8.kubernetes.api.model");
  }

  /** Every value set in the expanded objects of a definition, by {@code Type.field}. */
  private static Map<String, Set<Object>> values(Consumer<Cluster.Builder> definition) {
    var cluster = Cluster.named("prod");
    definition.accept(cluster);
    var values = new TreeMap<String, Set<Object>>();
    cluster.build().objects().forEach(object -> collect(object.resource(), values));
    return values;
  }

  private static void collect(Object object, Map<String, Set<Object>> values) {
    for (Class<?> type = object.getClass(); isModel(type); type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        var property = field.getAnnotation(JsonProperty.class);
        if (property == null) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(object);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
          continue;
        }
        values.computeIfAbsent(type.getSimpleName() + "." + property.value(), k -> new LinkedHashSet<>()).add(value);
        var children = value instanceof Collection<?> c ? c : value instanceof Map<?, ?> m ? m.values() : List.of(value);
        children.stream().filter(child -> isModel(child.getClass())).forEach(child -> collect(child, values));
      }
    }
  }
}
