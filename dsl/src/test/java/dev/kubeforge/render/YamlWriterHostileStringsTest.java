package dev.kubeforge.render;

import static dev.kubeforge.render.YamlWriterReadBackTest.assertReadsBack;
import static dev.kubeforge.render.YamlWriterReadBackTest.printable;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string of {@code hostile-strings.txt}, and every upper/lower case spelling of the YAML 1.1 and
 * 1.2 boolean and null words, reads back as the same string wherever it stands: as a value, as a key,
 * in lists and lists of lists, at the root and several levels down.
 */
final class YamlWriterHostileStringsTest {

  private static final List<String> WORDS =
      List.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

  /** The strings of the resource file, in file order. */
  static List<String> fileStrings() {
    try (InputStream in = YamlWriterHostileStringsTest.class.getResourceAsStream("hostile-strings.txt")) {
      var strings = new ArrayList<String>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.startsWith("\"")) {
          strings.add(parseLine(line));
        }
      }
      return strings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole corpus: the file's strings and the case variants of the YAML words, without repeats. */
  static List<String> corpus() {
    Set<String> all = new LinkedHashSet<>(fileStrings());
    for (String word : WORDS) {
      for (int mask = 0; mask < 1 << word.length(); mask++) {
        var variant = new StringBuilder(word);
        for (int i = 0; i < word.length(); i++) {
          if ((mask & 1 << i) != 0) {
            variant.setCharAt(i, Character.toUpperCase(word.charAt(i)));
          }
        }
        all.add(variant.toString());
      }
    }
    return List.copyOf(all);
  }

  /** Parses {@code "escaped text"} or {@code "escaped text" * N}. */
  private static String parseLine(String line) {
    var text = new StringBuilder();
    int i = 1;
    for (; line.charAt(i) != '"'; i++) {
      char c = line.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escape = line.charAt(++i);
      switch (escape) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case '0' -> text.append('\0');
        case '"', '\\' -> text.append(escape);
        case 'u' -> {
          text.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + escape + " in " + line);
      }
    }
    String rest = line.substring(i + 1).trim();
    if (rest.isEmpty()) {
      return text.toString();
    }
    if (!rest.startsWith("*")) {
      throw new IllegalArgumentException("not a corpus line: " + line);
    }
    return text.toString().repeat(Integer.parseInt(rest.substring(1).trim()));
  }

  static List<Arguments> strings() {
    var arguments = new ArrayList<Arguments>();
    for (String string : corpus()) {
      String shown = printable(string);
      arguments.add(Arguments.of(string, shown.length() > 60 ? shown.substring(0, 60) + "...\"" : shown));
    }
    return arguments;
  }

  @Test
  void corpusCoversTheBrief() {
    var file = fileStrings();
    assertTrue(file.size() >= 120, "only " + file.size() + " strings in the file");
    assertTrue(corpus().size() >= 200, "case variants missing");
    assertTrue(corpus().containsAll(List.of("tRuE", "NuLl", "oFF", "yeS", "fALSE", "nO")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("strings")
  void readsBackAtTheRoot(String string, String shown) {
    assertReadsBack(string);
    assertReadsBack(List.of(string, string));
    assertReadsBack(Map.of(string, string));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("strings")
  void readsBackAsKeyValueAndItemAtDepth(String string, String shown) {
    var inner = new LinkedHashMap<String, Object>();
    inner.put(string, string);
    inner.put("k-after", string);
    var atDepth = new LinkedHashMap<String, Object>();
    atDepth.put(string, List.of(string, inner, List.of(string, List.of(string)), Map.of(string, List.of(string))));
    atDepth.put("k-next", string);
    assertReadsBack(Map.of("top", atDepth));
    assertReadsBack(List.of(List.of(inner, string), Map.of("k", List.of(List.of(Map.of(string, inner))))));
  }

  @Test
  void wholeCorpusInOneDocument() {
    var strings = corpus();
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < strings.size(); i++) {
      map.put(strings.get(i), strings.get((i + 1) % strings.size()));
    }
    var document = new LinkedHashMap<String, Object>();
    document.put("map", map);
    document.put("list", strings);
    document.put("nested", List.of(map, List.of(strings)));
    assertReadsBack(document);
  }

  @Test
  void shortStringsExhaustively() {
    String alphabet = "01789.-+_:eExXobnyYT~<=$# \n\t{}'\"|!,aZ\u0085";
    var values = new ArrayList<String>();
    var keys = new LinkedHashMap<String, Object>();
    values.add("");
    for (int a = 0; a < alphabet.length(); a++) {
      values.add(alphabet.substring(a, a + 1));
      for (int b = 0; b < alphabet.length(); b++) {
        values.add("" + alphabet.charAt(a) + alphabet.charAt(b));
        for (int c = 0; c < alphabet.length(); c++) {
          values.add("" + alphabet.charAt(a) + alphabet.charAt(b) + alphabet.charAt(c));
        }
      }
    }
    for (String value : values) {
      keys.put(value, value.toUpperCase(Locale.ROOT));
    }
    var document = new LinkedHashMap<String, Object>();
    document.put("values", values);
    document.put("keys", keys);
    assertReadsBack(document);
  }
}
