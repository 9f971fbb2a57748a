package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * The read-back harness that proves {@link YamlWriter} a replacement for a YAML library: a written
 * document must come back equal, with strict types, through every {@link Reader}. The tests here prove
 * the harness itself is strict, so that a pass elsewhere means something.
 *
 * <p>Strict means: a string comes back a {@link String} (never a boolean, number, date or null), an
 * integral number an integer (any width, same value), a {@link Double} a float whose text parses to
 * the same double (sign of zero and NaN included), a {@link BigDecimal} a float of the same decimal
 * value (digit for digit, not rounded through a double), maps with the same keys in the same order.
 */
final class YamlWriterReadBackTest {

  /**
   * A float as the reader resolved it, kept as its scalar text: every reader is told to construct
   * floats this way, because a {@code double} would round a {@link BigDecimal} and lose nothing the
   * test could see.
   */
  record FloatText(String text) {}

  /** The parsers a written document must satisfy. */
  enum Reader {
    /** snakeyaml-engine with the YAML 1.2 core schema. */
    SNAKEYAML_ENGINE_CORE {
      @Override
      Object read(String yaml) {
        var settings = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setCodePointLimit(Integer.MAX_VALUE)
            .setTagConstructors(Map.of(Tag.FLOAT, node -> new FloatText(((ScalarNode) node).getValue())))
            .build();
        return onlyDocument(new Load(settings).loadAllFromString(yaml));
      }
    },
    /** SnakeYAML with its YAML 1.1 resolver: yes/on/y booleans, 0777 octal, 1:20 sexagesimal, dates. */
    SNAKEYAML_1_1 {
      @Override
      Object read(String yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        var yamlReader = new Yaml(new FloatTextConstructor(options));
        return onlyDocument(yamlReader.loadAll(yaml));
      }
    },
    /** Jackson 3 YAML as a default {@link YAMLMapper} reads it (snakeyaml-engine, JSON schema). */
    JACKSON {
      @Override
      Object read(String yaml) {
        return readTokens(DEFAULT_JACKSON, yaml);
      }
    },
    /** Jackson 3 YAML with the YAML 1.2 core schema, which resolves more plain scalars. */
    JACKSON_CORE {
      @Override
      Object read(String yaml) {
        return readTokens(CORE_JACKSON, yaml);
      }
    };

    abstract Object read(String yaml);
  }

  private static final YAMLMapper DEFAULT_JACKSON = YAMLMapper.builder().build();
  private static final YAMLMapper CORE_JACKSON =
      YAMLMapper.builder(YAMLFactory.builder().yamlSchema(YAMLSchema.CORE).build()).build();

  /** SnakeYAML's safe constructor (dates, merge keys and all), with floats kept as text. */
  private static final class FloatTextConstructor extends SafeConstructor {
    FloatTextConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.FLOAT, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return new FloatText(((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue());
        }
      });
    }
  }

  private static Object onlyDocument(Iterable<Object> documents) {
    Iterator<Object> iterator = documents.iterator();
    if (!iterator.hasNext()) {
      throw new AssertionError("no document");
    }
    Object document = iterator.next();
    if (iterator.hasNext()) {
      throw new AssertionError("more than one document");
    }
    return document;
  }

  /**
   * Walks Jackson's token stream rather than binding to {@code Object}: the tokens carry Jackson's own
   * scalar resolution, and a float's text is still there. Jackson reports every key as a name, so the
   * key types are proven by the other readers.
   */
  private static Object readTokens(YAMLMapper mapper, String yaml) {
    try (JsonParser parser = mapper.createParser(yaml)) {
      Object document = readValue(parser, parser.nextToken());
      if (parser.nextToken() != null) {
        throw new AssertionError("more than one document");
      }
      return document;
    }
  }

  private static Object readValue(JsonParser parser, JsonToken token) {
    switch (token) {
      case START_OBJECT -> {
        var map = new LinkedHashMap<String, Object>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
          String name = parser.currentName();
          map.put(name, readValue(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        var list = new ArrayList<Object>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          list.add(readValue(parser, next));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getString();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return new FloatText(parser.getString());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new AssertionError("unexpected token " + token);
    }
  }

  /** What {@link YamlWriter} writes for {@code tree}. */
  static String write(Object tree) {
    var out = new StringBuilder();
    YamlWriter.writeDocument(tree, out);
    return out.toString();
  }

  /** Writes {@code tree} and asserts that every reader gives it back equal; returns the YAML. */
  static String assertReadsBack(Object tree) {
    String yaml = write(tree);
    assertReadsBack(tree, yaml);
    return yaml;
  }

  /** Asserts that every reader reads {@code yaml} as {@code expected}. */
  static void assertReadsBack(Object expected, String yaml) {
    for (Reader reader : Reader.values()) {
      Object actual;
      try {
        actual = reader.read(yaml);
      } catch (RuntimeException e) {
        throw new AssertionError(reader + " cannot read the document: " + e.getMessage()
            + "\n--- document ---\n" + excerpt(yaml), e);
      }
      String difference = difference(expected, actual, "$");
      if (difference != null) {
        fail(reader + " reads it back different: " + difference + "\n--- document ---\n" + excerpt(yaml));
      }
    }
  }

  private static String excerpt(String yaml) {
    return yaml.length() <= 2000 ? yaml : yaml.substring(0, 2000) + "\n... (" + yaml.length() + " chars)";
  }

  /** Where and how {@code actual} differs from {@code expected}, or null when it does not. */
  static String difference(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> map) {
      if (!(actual instanceof Map<?, ?> actualMap)) {
        return mismatch(path, expected, actual);
      }
      if (map.size() != actualMap.size()) {
        return path + ": " + map.size() + " entries expected, " + actualMap.size() + " read: keys "
            + printable(map.keySet()) + " vs " + printable(actualMap.keySet());
      }
      Iterator<? extends Map.Entry<?, ?>> read = actualMap.entrySet().iterator();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Map.Entry<?, ?> actualEntry = read.next();
        String keyDifference = difference(entry.getKey(), actualEntry.getKey(), path + " key");
        if (keyDifference != null) {
          return keyDifference;
        }
        String valueDifference =
            difference(entry.getValue(), actualEntry.getValue(), path + "[" + printable(entry.getKey()) + "]");
        if (valueDifference != null) {
          return valueDifference;
        }
      }
      return null;
    }
    if (expected instanceof List<?> list) {
      if (!(actual instanceof List<?> actualList) || list.size() != actualList.size()) {
        return mismatch(path, expected, actual);
      }
      for (int i = 0; i < list.size(); i++) {
        String itemDifference = difference(list.get(i), actualList.get(i), path + "[" + i + "]");
        if (itemDifference != null) {
          return itemDifference;
        }
      }
      return null;
    }
    boolean same;
    if (expected == null || expected instanceof String || expected instanceof Boolean) {
      same = expected == null ? actual == null : expected.equals(actual);
    } else if (isIntegral(expected)) {
      same = isIntegral(actual) && new BigInteger(expected.toString()).equals(new BigInteger(actual.toString()));
    } else if (expected instanceof Double || expected instanceof Float) {
      same = actual instanceof FloatText text
          && Double.valueOf(((Number) expected).doubleValue()).equals(parseDouble(text.text()));
    } else if (expected instanceof BigDecimal decimal) {
      same = actual instanceof FloatText text && isDecimal(text.text())
          && decimal.compareTo(new BigDecimal(text.text())) == 0;
    } else {
      throw new IllegalArgumentException("not a tree node: " + expected.getClass());
    }
    return same ? null : mismatch(path, expected, actual);
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger;
  }

  /** A float's text as YAML 1.1 and 1.2 both define it, without the underscores only 1.1 allows. */
  private static Double parseDouble(String text) {
    switch (text) {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF":
        return Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      default:
        return isDecimal(text) ? Double.valueOf(Double.parseDouble(text)) : null;
    }
  }

  private static boolean isDecimal(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String mismatch(String path, Object expected, Object actual) {
    return path + ": expected " + described(expected) + ", read " + described(actual);
  }

  private static String described(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + printable(value);
  }

  /** A value as Java source would write it, so that controls and invisible characters show. */
  static String printable(Object value) {
    if (!(value instanceof String string)) {
      return String.valueOf(value instanceof Iterable<?> || value instanceof Map<?, ?>
          ? printableCollection(value) : value);
    }
    var out = new StringBuilder(string.length() + 2).append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else {
        out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out.append('"').toString();
  }

  private static String printableCollection(Object value) {
    var parts = new ArrayList<String>();
    Iterable<?> items = value instanceof Map<?, ?> map ? map.entrySet() : (Iterable<?>) value;
    for (Object item : items) {
      parts.add(item instanceof Map.Entry<?, ?> e ? printable(e.getKey()) + "=" + printable(e.getValue())
          : printable(item));
    }
    return (value instanceof Map<?, ?> ? "{" : "[") + String.join(", ", parts)
        + (value instanceof Map<?, ?> ? "}" : "]");
  }

  // --- the harness is strict ---

  private static AssertionError failureOf(Object expected, String yaml) {
    return assertThrows(AssertionError.class, () -> assertReadsBack(expected, yaml));
  }

  private static void assertOnlyReadersFail(Object expected, String yaml, Reader... failing) {
    for (Reader reader : Reader.values()) {
      String difference = difference(expected, reader.read(yaml), "$");
      boolean expectedToFail = List.of(failing).contains(reader);
      assertEquals(expectedToFail, difference != null, reader + ": " + difference);
    }
  }

  @Test
  void yaml11BooleanFailsOnlyInSnakeYaml() {
    assertOnlyReadersFail(Map.of("v", "yes"), "v: yes\n", Reader.SNAKEYAML_1_1);
  }

  @Test
  void sexagesimalAndDateFailOnlyInSnakeYaml() {
    assertOnlyReadersFail(Map.of("v", "1:20"), "v: 1:20\n", Reader.SNAKEYAML_1_1);
    assertOnlyReadersFail(Map.of("v", "2001-12-14"), "v: 2001-12-14\n", Reader.SNAKEYAML_1_1);
  }

  @Test
  void coreSchemaIntegersFailInTheCoreReaders() {
    assertOnlyReadersFail(Map.of("v", "0777"), "v: 0777\n",
        Reader.SNAKEYAML_ENGINE_CORE, Reader.SNAKEYAML_1_1, Reader.JACKSON_CORE);
    assertOnlyReadersFail(Map.of("v", "0o17"), "v: 0o17\n", Reader.SNAKEYAML_ENGINE_CORE, Reader.JACKSON_CORE);
    assertOnlyReadersFail(Map.of("v", "+12"), "v: +12\n",
        Reader.SNAKEYAML_ENGINE_CORE, Reader.SNAKEYAML_1_1, Reader.JACKSON_CORE);
  }

  @Test
  void nullWordFailsEverywhere() {
    assertOnlyReadersFail(Map.of("v", "null"), "v: null\n", Reader.values());
    assertOnlyReadersFail(Map.of("v", "true"), "v: true\n", Reader.values());
  }

  @Test
  void numbersKeepTheirKind() {
    var failure = failureOf(Map.of("v", 1.0), "v: 1\n");
    assertEquals("SNAKEYAML_ENGINE_CORE reads it back different: $[\"v\"]: expected Double 1.0, read Integer 1\n"
        + "--- document ---\nv: 1\n", failure.getMessage());
    assertOnlyReadersFail(Map.of("v", 1), "v: 1.0\n", Reader.values());
    assertOnlyReadersFail(Map.of("v", -0.0), "v: 0.0\n", Reader.values());
    assertOnlyReadersFail(Map.of("v", "1"), "v: 1\n", Reader.values());
  }

  @Test
  void decimalsAreComparedDigitForDigit() {
    var precise = new BigDecimal("0.1000000000000000000001");
    assertOnlyReadersFail(Map.of("v", precise), "v: 0.1\n", Reader.values());
    assertOnlyReadersFail(Map.of("v", precise), "v: 0.1000000000000000000001\n");
  }

  @Test
  void keyOrderAndKeyTypesCount() {
    var ordered = new LinkedHashMap<String, Object>();
    ordered.put("a", 1);
    ordered.put("b", 2);
    assertOnlyReadersFail(ordered, "b: 2\na: 1\n", Reader.values());
    // Jackson reports keys as names only; the other readers see the integer key.
    assertOnlyReadersFail(Map.of("1", "x"), "1: x\n", Reader.SNAKEYAML_ENGINE_CORE, Reader.SNAKEYAML_1_1);
  }

  @Test
  void mergeKeysAndSecondDocumentsAreCaught() {
    // Jackson sees only a name; the others apply the merge and fail on a scalar.
    assertThrows(RuntimeException.class, () -> Reader.SNAKEYAML_ENGINE_CORE.read("<<: x\n"));
    assertThrows(RuntimeException.class, () -> Reader.SNAKEYAML_1_1.read("<<: x\n"));
    assertOnlyReadersFail(Map.of("<<", "x"), "\"<<\": x\n");
    var second = failureOf(Map.of("a", "b"), "a: b\n---\nc: d\n");
    assertEquals(true, second.getMessage().contains("more than one document"), second.getMessage());
  }

  @Test
  void equalTreesPass() {
    var tree = new LinkedHashMap<String, Object>();
    tree.put("s", "text");
    tree.put("i", 1);
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("d", 2.5);
    tree.put("n", null);
    tree.put("l", List.of(true, Map.of()));
    assertReadsBack(tree, "s: text\ni: 1\nbig: 123456789012345678901234567890\nd: 2.5\nn: null\n"
        + "l:\n  - true\n  - {}\n");
    assertNull(difference(tree, Reader.JACKSON.read(write(tree)), "$"));
  }
}
