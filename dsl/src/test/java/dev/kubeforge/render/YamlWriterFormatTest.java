package dev.kubeforge.render;

import static dev.kubeforge.render.YamlWriterReadBackTest.assertReadsBack;
import static dev.kubeforge.render.YamlWriterReadBackTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.render.YamlWriterReadBackTest.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form, byte for byte: what reviewers see in every generated file. Each expected text
 * is also read back by every reader, so the form shown here is proven, not only pinned.
 */
final class YamlWriterFormatTest {

  /** An insertion-ordered map from alternating keys and values. */
  private static Map<String, Object> map(Object... keysAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static void assertWrites(String expected, Object tree) {
    assertEquals(expected, write(tree));
    assertReadsBack(tree, expected);
  }

  @Test
  void nestedMapsInLists() {
    var container = map(
        "name", "web",
        "image", "nginx:1.27",
        "args", List.of("--port=8080", "-v"),
        "ports", List.of(map("containerPort", 80, "name", "http"), map("containerPort", 443, "name", "https")),
        "env", List.of(),
        "resources", map());
    var tree = map(
        "apiVersion", "apps/v1",
        "kind", "Deployment",
        "metadata", map("name", "web", "labels", map("app.kubernetes.io/name", "web")),
        "spec", map("replicas", 2, "template", map("spec", map("containers", List.of(container)))));
    assertWrites("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app.kubernetes.io/name: web
        spec:
          replicas: 2
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  args:
                    - "--port=8080"
                    - "-v"
                  ports:
                    - containerPort: 80
                      name: http
                    - containerPort: 443
                      name: https
                  env: []
                  resources: {}
        """, tree);
  }

  @Test
  void listsOfListsAndEmptyCollections() {
    var tree = List.of(
        List.of("a", List.of("b", List.of()), map()),
        List.of(),
        map(),
        List.of(map("x", 1, "w", List.of(List.of(map("z", map()))))));
    assertWrites("""
        - - a
          - - b
            - []
          - {}
        - []
        - {}
        - - x: 1
            w:
              - - z: {}
        """, tree);
  }

  @Test
  void literalBlocksAtDepth() {
    var tree = map("data", map(
        "script.sh", "#!/bin/sh\necho \"$1\"\n",
        "no-final-newline", "a\nb",
        "kept", "a\n\n",
        "leading-empty-line", "\nafter",
        "indented-first", "  x\ny\n",
        "in-list", List.of("one\ntwo\n", map("k", "  lead\n  more"), List.of("- a\n- b\n"))));
    assertWrites("""
        data:
          script.sh: |
            #!/bin/sh
            echo "$1"
          no-final-newline: |-
            a
            b
          kept: |+
            a

          leading-empty-line: |-

            after
          indented-first: |2
              x
            y
          in-list:
            - |
              one
              two
            - k: |2-
                  lead
                  more
            - - |
                - a
                - b
        """, tree);
  }

  @Test
  void quotedWhereAParserWouldReadSomethingElse() {
    var tree = map(
        "plain", "hello world",
        "url", "http://example.com:8080/x?a=b#frag",
        "hash-inside", "a#b",
        "version", "1.2.3",
        "quantity", "100m",
        "emoji", "\uD83D\uDE80 launch",
        "yes", "no",
        "On", "OFF",
        "null", "~",
        "true", "TRUE",
        "y", "N",
        "1", "0x1F",
        "octal", "0777",
        "octal-1.2", "0o17",
        "exponent", "1e3",
        "leading-dot", ".5",
        "underscores", "1_000",
        "infinity", "-.inf",
        "sexagesimal", "1:20",
        "date", "2001-12-14",
        "colon-space", "a: b",
        "space-hash", "a #b",
        "comma", "a,b",
        "trailing-colon", "a:",
        "leading-space", " x",
        "dash", "-x",
        "empty", "",
        "merge", "<<",
        "env", "${HOME}",
        "document-end", "...",
        "tab", "a\tb",
        "crlf", "a\r\nb",
        "trailing-space-line", "a \nb",
        "only-newlines", "\n\n",
        "controls", "\0\u0007\u001B\u007F\u0085\u2028",
        "invisible", "a\u200Bb\u202Ec\uFEFF",
        "tag-characters", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC7F",
        "quotes", "\"'\\");
    assertWrites("""
        plain: hello world
        url: http://example.com:8080/x?a=b#frag
        hash-inside: a#b
        version: 1.2.3
        quantity: 100m
        emoji: \uD83D\uDE80 launch
        "yes": "no"
        "On": "OFF"
        "null": "~"
        "true": "TRUE"
        "y": "N"
        "1": "0x1F"
        octal: "0777"
        octal-1.2: "0o17"
        exponent: "1e3"
        leading-dot: ".5"
        underscores: "1_000"
        infinity: "-.inf"
        sexagesimal: "1:20"
        date: "2001-12-14"
        colon-space: "a: b"
        space-hash: "a #b"
        comma: "a,b"
        trailing-colon: "a:"
        leading-space: " x"
        dash: "-x"
        empty: ""
        merge: "<<"
        env: "${HOME}"
        document-end: "..."
        tab: "a\\tb"
        crlf: "a\\r\\nb"
        trailing-space-line: "a \\nb"
        only-newlines: "\\n\\n"
        controls: "\\0\\u0007\\u001B\\u007F\\u0085\\u2028"
        invisible: "a\\u200Bb\\u202Ec\\uFEFF"
        tag-characters: "\uD83C\uDFF4\\U000E0067\\U000E007F"
        quotes: "\\"'\\\\"
        """, tree);
  }

  @Test
  void numbersKeepTheirKind() {
    var tree = map(
        "int", 42,
        "negative", -7,
        "long", Long.MAX_VALUE,
        "big", new BigInteger("-123456789012345678901234567890"),
        "double", 2.5,
        "whole", 3.0,
        "tiny", 1e-7,
        "huge", 1e20,
        "negative-zero", -0.0,
        "nan", Double.NaN,
        "inf", Double.POSITIVE_INFINITY,
        "minus-inf", Double.NEGATIVE_INFINITY,
        "float", 0.5f,
        "decimal", new BigDecimal("0.10"),
        "decimal-integer", new BigDecimal("12"),
        "decimal-exponent", new BigDecimal("1E+3"),
        "precise", new BigDecimal("3.14159265358979323846264338327950288"),
        "bool", true,
        "nothing", null);
    assertWrites("""
        int: 42
        negative: -7
        long: 9223372036854775807
        big: -123456789012345678901234567890
        double: 2.5
        whole: 3.0
        tiny: 1.0e-7
        huge: 1.0e+20
        negative-zero: -0.0
        nan: .nan
        inf: .inf
        minus-inf: -.inf
        float: 0.5
        decimal: 0.10
        decimal-integer: 12.0
        decimal-exponent: 1.0e+3
        precise: 3.14159265358979323846264338327950288
        bool: true
        nothing: null
        """, tree);
  }

  @Test
  void rootScalars() {
    assertWrites("plain\n", "plain");
    assertWrites("\"...\"\n", "...");
    assertWrites("\"--- x\"\n", "--- x");
    assertWrites("|-\n  a\n  ---\n  ...\n", "a\n---\n...");
    assertWrites("\" a\\nb\"\n", " a\nb");
    assertWrites("{}\n", map());
    assertWrites("[]\n", List.of());
    assertWrites("null\n", null);
    assertWrites("5\n", 5);
  }

  @Test
  void keysPastTheImplicitKeyLimitAreExplicit() {
    String longest = "k".repeat(1024);
    assertWrites(longest + ": v\n", map(longest, "v"));
    String tooLong = "k".repeat(1025);
    assertWrites("? " + tooLong + "\n: v\n", map(tooLong, "v"));
    // The quotes and escapes count: 1021 letters and a trailing colon, quoted, make 1024 characters.
    String quotedLongest = "k".repeat(1021) + ":";
    assertWrites("\"" + quotedLongest + "\": v\n", map(quotedLongest, "v"));
    String quoted = "k".repeat(1022) + ":";
    assertWrites("? \"" + quoted + "\"\n: v\n", map(quoted, "v"));
    String escaped = "\n".repeat(512);
    assertWrites("? \"" + "\\n".repeat(512) + "\"\n: v\n", map(escaped, "v"));
    assertWrites("- ? " + tooLong + "\n  :\n    a: 1\n  b: |\n    x\n",
        List.of(map(tooLong, map("a", 1), "b", "x\n")));
  }

  @Test
  void readersRejectImplicitKeysPastTheLimit() {
    String tooLong = "k".repeat(1025);
    for (Reader reader : List.of(Reader.SNAKEYAML_ENGINE_CORE, Reader.SNAKEYAML_1_1, Reader.JACKSON)) {
      assertThrows(RuntimeException.class, () -> reader.read(tooLong + ": v\n"), reader.name());
    }
  }

  @Test
  void loneSurrogatesCannotBeWritten() {
    var high = assertThrows(IllegalArgumentException.class,
        () -> write(map("metadata", map("annotations", map("note", "ab\uD800")))));
    assertEquals("lone surrogate U+D800 at index 2 of a string cannot be written as YAML"
        + " (at /metadata/annotations/note)", high.getMessage());
    var low = assertThrows(IllegalArgumentException.class,
        () -> write(List.of("ok", List.of("\uDC00x"))));
    assertEquals("lone surrogate U+DC00 at index 0 of a string cannot be written as YAML (at /1/0)",
        low.getMessage());
    var reversed = assertThrows(IllegalArgumentException.class,
        () -> write(map("a/b~c", map("\uDE80\uD83D", 1))));
    assertEquals("lone surrogate U+DE80 at index 0 of a map key cannot be written as YAML (at /a~1b~0c)",
        reversed.getMessage());
    var multiLine = assertThrows(IllegalArgumentException.class, () -> write("line\n\uD83D"));
    assertEquals("lone surrogate U+D83D at index 5 of a string cannot be written as YAML (at the root)",
        multiLine.getMessage());
  }

  @Test
  void onlyTreeNodesCanBeWritten() {
    var key = assertThrows(IllegalArgumentException.class, () -> write(map("spec", Map.of(1, "x"))));
    assertEquals("map key Integer 1 is not a string (at /spec)", key.getMessage());
    var value = assertThrows(IllegalArgumentException.class,
        () -> write(map("spec", List.of(map("timeout", Duration.ofSeconds(5))))));
    assertEquals("Duration PT5S is not a map, list, string, boolean, number or null (at /spec/0/timeout)",
        value.getMessage());
  }
}
