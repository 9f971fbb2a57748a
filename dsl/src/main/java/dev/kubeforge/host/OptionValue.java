package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The value of a key set through an escape hatch, such as {@link DockerDaemon#option(String, OptionValue)}
 * and {@link Containerd#option(String, OptionValue)}: a string, a boolean, an integer, a list or a table,
 * which {@code daemon.json} writes as JSON and {@code config.toml} as TOML.
 *
 * <pre>{@code
 * OptionValue.list(OptionValue.table(Map.of("base", OptionValue.of("10.10.0.0/16"), "size", OptionValue.of(24))))
 * }</pre>
 */
public sealed interface OptionValue {

  /** A string. */
  static OptionValue of(String value) {
    return new Text(value);
  }

  /** A boolean. */
  static OptionValue of(boolean value) {
    return new Flag(value);
  }

  /** An integer. */
  static OptionValue of(long value) {
    return new Number(value);
  }

  /** A list of values, in order. */
  static OptionValue list(OptionValue... values) {
    return new Items(List.of(requireNonNull(values, "values")));
  }

  /** A list of strings, in order. */
  static OptionValue strings(String... values) {
    return new Items(List.of(requireNonNull(values, "values")).stream().map(OptionValue::of).toList());
  }

  /** A table (a JSON object, a TOML table) of keys to values, written sorted by key. */
  static OptionValue table(Map<String, ? extends OptionValue> entries) {
    return new Table(new TreeMap<>(requireNonNull(entries, "entries")));
  }

  /** A string value. */
  record Text(String value) implements OptionValue {
    public Text {
      requireNonNull(value, "value");
    }
  }

  /** A boolean value. */
  record Flag(boolean value) implements OptionValue {}

  /** An integer value. */
  record Number(long value) implements OptionValue {}

  /** A list, in order. */
  record Items(List<OptionValue> values) implements OptionValue {
    public Items {
      values = List.copyOf(values);
    }
  }

  /** A table, sorted by key. */
  record Table(SortedMap<String, OptionValue> entries) implements OptionValue {
    public Table {
      var copy = new TreeMap<String, OptionValue>();
      entries.forEach((key, value) -> copy.put(requireNonNull(key, "key"), requireNonNull(value, key)));
      entries = Collections.unmodifiableSortedMap(copy);
    }
  }
}
