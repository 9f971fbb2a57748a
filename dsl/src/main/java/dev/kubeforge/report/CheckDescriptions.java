package dev.kubeforge.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One line per check id saying what the check finds, read from {@code check-descriptions.properties}
 * beside this class; the README's Checks table says the same at more length.
 */
final class CheckDescriptions {

  private static final Map<String, String> DESCRIPTIONS = load();

  private CheckDescriptions() {}

  /** Every id with its description, sorted by id. */
  static Map<String, String> all() {
    return DESCRIPTIONS;
  }

  /** What check {@code id} finds; a pointer to the README for an id the registry does not know yet. */
  static String of(String id) {
    var text = DESCRIPTIONS.get(id);
    return text != null ? text : "Kubeforge check " + id + "; the README's Checks table describes it.";
  }

  private static Map<String, String> load() {
    var properties = new Properties();
    try (var in = CheckDescriptions.class.getResourceAsStream("check-descriptions.properties")) {
      if (in == null) {
        throw new IllegalStateException("check-descriptions.properties is missing beside " + CheckDescriptions.class);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var map = new TreeMap<String, String>();
    properties.stringPropertyNames().forEach(id -> map.put(id, properties.getProperty(id)));
    return Collections.unmodifiableMap(map);
  }
}
