package dev.kubeforge.render;

import dev.kubeforge.host.OptionValue;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The Jackson mappers of the host files, configured once: LF line ends, no timestamps. JSON sorts map
 * keys and is indented by two spaces, one value per line, {@code "key": value}; TOML keeps the order of
 * the (sorted) tree the renderer builds.
 */
final class ConfigMappers {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .defaultPrettyPrinter(prettyPrinter())
      .build();

  /** Keeps the order of the tree it is given, so that {@code version} can come first. */
  private static final TomlMapper TOML = TomlMapper.builder()
      .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private ConfigMappers() {}

  /** The mapper of {@code daemon.json}. */
  static JsonMapper json() {
    return JSON;
  }

  /** The mapper of containerd's {@code config.toml}. */
  static TomlMapper toml() {
    return TOML;
  }

  /**
   * An escape-hatch value as the plain tree both mappers write: a String, Boolean, Long, List or sorted
   * Map. (Java 17 has no pattern switch; a new variant fails here at run time, and in the tests.)
   */
  static Object plain(OptionValue value) {
    if (value instanceof OptionValue.Text text) {
      return text.value();
    } else if (value instanceof OptionValue.Flag flag) {
      return flag.value();
    } else if (value instanceof OptionValue.Number number) {
      return number.value();
    } else if (value instanceof OptionValue.Items items) {
      return items.values().stream().map(ConfigMappers::plain).toList();
    } else if (value instanceof OptionValue.Table table) {
      var entries = new TreeMap<String, Object>();
      table.entries().forEach((key, entry) -> entries.put(key, plain(entry)));
      return entries;
    }
    throw new IllegalStateException("an option value of an unknown kind: " + value);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    var indenter = new DefaultIndenter("  ", "\n");
    var separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
