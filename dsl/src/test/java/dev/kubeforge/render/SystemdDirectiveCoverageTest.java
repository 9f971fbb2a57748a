package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.core.Percent;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.Condition;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.InstallSection;
import dev.kubeforge.host.Mount;
import dev.kubeforge.host.ResourceControl;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.Slice;
import dev.kubeforge.host.Socket;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.host.Target;
import dev.kubeforge.host.Timer;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.host.UnitSection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Walks the typed systemd API against {@code systemd/directives-252.txt}, the unit-file directives of
 * systemd.directives(7) for systemd 252 (what the validators run), grouped by the section they are
 * written in. Every public option of every unit kind, and of {@link UnitSection}, {@link InstallSection}
 * and {@link ResourceControl}, is called with sample values of its parameter types (every constant of an
 * enum), the unit rendered, and the directives it adds recorded. A listed directive is either typed (some
 * option writes it) or marked "via directive(section, key, value)"; the test fails on a directive listed
 * as typed that no option writes, on one marked as escape hatch that an option now writes, and on a
 * directive an option writes that the list does not have.
 */
class SystemdDirectiveCoverageTest {

  private static final String LIST = "/systemd/directives-252.txt";
  private static final String RESOURCE_CONTROL = "resource-control";
  private static final List<String> STRINGS = List.of("/usr/bin/true", "kubeforge", "https://example.com",
      "0.0.0.0:80", "daily", "x86-64", "8080", "CAP_NET_BIND_SERVICE", "SIGINT");
  private static final List<UnitName> UNITS = List.of(UnitName.of("walk.service"), UnitName.of("walk.slice"),
      UnitName.of("walk.socket"), UnitName.of("walk.target"), UnitName.of("walk.mount"));

  @Test
  void everyDirectiveIsTypedOrListedAsEscapeHatch() throws IOException {
    var listed = list();
    var typed = new TreeMap<String, TreeSet<String>>();
    walkUnit(Service.named("walk"), listed, typed);
    walkUnit(Socket.named("walk"), listed, typed);
    walkUnit(Timer.named("walk"), listed, typed);
    walkUnit(Mount.at("/walk"), listed, typed);
    walkUnit(Slice.named("walk"), listed, typed);
    walkUnit(Target.named("walk"), listed, typed);
    walk(ResourceControl.create(), ResourceControl.class, r -> r.directives().keySet().stream()
        .map(key -> RESOURCE_CONTROL + "\0" + key).toList(), recorder(typed));

    var failures = new ArrayList<String>();
    var counts = new StringBuilder();
    int allTyped = 0;
    int allHatch = 0;
    for (var group : listed.entrySet()) {
      var found = typed.getOrDefault(group.getKey(), new TreeSet<>());
      int typedCount = 0;
      int hatchCount = 0;
      for (var entry : group.getValue().entrySet()) {
        boolean hatch = entry.getValue();
        if (hatch) {
          hatchCount++;
          if (found.contains(entry.getKey())) {
            failures.add("[" + group.getKey() + "] " + entry.getKey() + "= has a typed option now: remove its"
                + " \"via directive(..)\" in " + LIST);
          }
        } else {
          typedCount++;
          if (!found.contains(entry.getKey())) {
            failures.add("[" + group.getKey() + "] " + entry.getKey() + "= is listed as typed, but no option writes"
                + " it: type it, or list it \"via directive(..)\" in " + LIST);
          }
        }
      }
      counts.append(String.format(java.util.Locale.ROOT, "  [%s] %d typed, %d via directive(..)%n",
          group.getKey(), typedCount, hatchCount));
      allTyped += typedCount;
      allHatch += hatchCount;
    }
    for (var group : typed.entrySet()) {
      var known = listed.getOrDefault(group.getKey(), Map.of());
      for (String key : group.getValue()) {
        if (!known.containsKey(key)) {
          failures.add("[" + group.getKey() + "] " + key + "= is written by a typed option but not listed in " + LIST);
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "systemd 252 directives: %d typed, %d via directive(..), %d listed%n%s",
        allTyped, allHatch, allTyped + allHatch, counts);
    assertEquals(List.of(), failures);
    assertTrue(allTyped > 0 && allHatch > 0, "the list is read");
  }

  /** Section name to key to whether it is marked as escape hatch, in file order. */
  private static Map<String, Map<String, Boolean>> list() throws IOException {
    var groups = new LinkedHashMap<String, Map<String, Boolean>>();
    Map<String, Boolean> current = null;
    try (InputStream in = SystemdDirectiveCoverageTest.class.getResourceAsStream(LIST)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          current = groups.computeIfAbsent(line.substring(1, line.length() - 1), g -> new LinkedHashMap<>());
          continue;
        }
        int eq = line.indexOf('=');
        var key = line.substring(0, eq);
        var rest = line.substring(eq + 1).trim();
        boolean hatch = !rest.isEmpty();
        if (hatch && !rest.startsWith("via directive(")) {
          throw new IllegalStateException("not 'Key=' nor 'Key= via directive(..)': " + line);
        }
        if (current.put(key, hatch) != null) {
          throw new IllegalStateException("listed twice: " + line);
        }
      }
    }
    return groups;
  }

  private static void walkUnit(SystemdUnit base, Map<String, Map<String, Boolean>> listed,
      Map<String, TreeSet<String>> typed) {
    var own = base.name().type().section();
    Function<SystemdUnit, List<String>> keys = unit -> SystemdUnitRenderer.directives(unit).stream()
        .map(d -> group(d, own, listed) + "\0" + d.key()).toList();
    var record = recorder(typed);
    walk(base, base.getClass(), u -> keys.apply((SystemdUnit) u), record);
    var unitSection = callNoArgs(base, "unit");
    walk(unitSection, UnitSection.class, s -> keys.apply((SystemdUnit) call(base, "unit", UnitSection.class, s)), record);
    var install = callNoArgs(base, "install");
    walk(install, InstallSection.class, s -> keys.apply((SystemdUnit) call(base, "install", InstallSection.class, s)),
        record);
  }

  /** Records {@code group\0key} entries in {@code typed}. */
  private static java.util.function.BiConsumer<Object, List<String>> recorder(Map<String, TreeSet<String>> typed) {
    return (unit, result) -> {
      for (String entry : result) {
        int zero = entry.indexOf('\0');
        typed.computeIfAbsent(entry.substring(0, zero), g -> new TreeSet<>()).add(entry.substring(zero + 1));
      }
    };
  }

  /** The list group a rendered directive counts for. */
  private static String group(Directive directive, String own, Map<String, Map<String, Boolean>> listed) {
    var section = directive.section();
    if (section.equals(own) && !listed.getOrDefault(own, Map.of()).containsKey(directive.key())
        && listed.get(RESOURCE_CONTROL).containsKey(directive.key())) {
      return RESOURCE_CONTROL;
    }
    return section;
  }

  /**
   * Calls every public instance method of {@code type} that returns {@code type}, on {@code base}, with
   * every sample argument list, and records the keys each successful call adds to {@code base}'s.
   */
  private static <T> void walk(T base, Class<?> type, Function<T, List<String>> keys,
      java.util.function.BiConsumer<Object, List<String>> record) {
    var before = new TreeSet<>(keys.apply(base));
    record.accept(base, List.copyOf(before));
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || !method.getReturnType().isAssignableFrom(type)
          || method.getReturnType() == Object.class
          || method.isAnnotationPresent(Deprecated.class) || skipped(method)) {
        continue;
      }
      for (Object[] args : samples(method.getParameterTypes())) {
        try {
          @SuppressWarnings("unchecked")
          T result = (T) method.invoke(base, args);
          var added = new ArrayList<String>();
          for (String key : keys.apply(result)) {
            if (!before.contains(key)) {
              added.add(key);
            }
          }
          record.accept(result, added);
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof IllegalArgumentException)) {
            throw new AssertionError(method + " threw " + e.getCause(), e.getCause());
          }
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** The escape hatches and whole-section setters: they write what they are given, not a typed directive. */
  private static boolean skipped(Method method) {
    var types = method.getParameterTypes();
    return types.length > 0 && (types[0] == Directive.class || types[0] == UnitSection.class
        || types[0] == InstallSection.class || types[0] == ResourceControl.class
        || (method.getName().equals("directive") && types[0] == String.class));
  }

  private static List<Object[]> samples(Class<?>[] types) {
    List<Object[]> combined = new ArrayList<>();
    combined.add(new Object[0]);
    for (Class<?> type : types) {
      var next = new ArrayList<Object[]>();
      for (Object[] prefix : combined) {
        for (Object value : values(type)) {
          var args = java.util.Arrays.copyOf(prefix, prefix.length + 1);
          args[prefix.length] = value;
          next.add(args);
        }
      }
      combined = next;
    }
    return combined;
  }

  private static List<?> values(Class<?> type) {
    if (type == String.class) {
      return STRINGS;
    } else if (type == boolean.class) {
      return List.of(true, false);
    } else if (type == int.class) {
      return List.of(1, 100);
    } else if (type == long.class) {
      return List.of(1L, 100L);
    } else if (type == Duration.class) {
      return List.of(Duration.ofSeconds(10));
    } else if (type == UnitName.class) {
      return UNITS;
    } else if (type == Slice.class) {
      return List.of(Slice.named("walk"));
    } else if (type == Size.class) {
      return List.of(Size.mib(64));
    } else if (type == Percent.class) {
      return List.of(Percent.of(10));
    } else if (type == dev.kubeforge.core.Amount.class) {
      return List.of(Size.mib(64), Percent.of(10));
    } else if (type == Condition.class) {
      var conditions = new ArrayList<Condition>();
      for (Condition.Kind kind : Condition.Kind.values()) {
        for (boolean assertion : List.of(false, true)) {
          for (String value : STRINGS) {
            try {
              conditions.add(new Condition(kind, value, false, assertion));
              break;
            } catch (IllegalArgumentException e) {
              // try the next sample value
            }
          }
        }
      }
      return conditions;
    } else if (type.isEnum()) {
      return List.of(type.getEnumConstants());
    } else if (type.isArray()) {
      var arrays = new ArrayList<Object>();
      for (Object value : values(type.getComponentType())) {
        var array = Array.newInstance(type.getComponentType(), 1);
        Array.set(array, 0, value);
        arrays.add(array);
      }
      return arrays;
    }
    throw new AssertionError("no sample values for " + type + ": add them to the walk");
  }

  private static Object callNoArgs(Object target, String name) {
    try {
      return target.getClass().getMethod(name).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object call(Object target, String name, Class<?> type, Object arg) {
    try {
      return target.getClass().getMethod(name, type).invoke(target, arg);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
