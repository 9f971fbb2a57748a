package dev.kubeforge.render;

import static dev.kubeforge.render.YamlWriterReadBackTest.assertReadsBack;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random trees, each written and read back equal by every reader. The trees are drawn from a seeded
 * {@link Random}, so a failure names the seed that reproduces it; {@code -Dkubeforge.yaml.seed=N}
 * starts the run at another seed and {@code -Dkubeforge.yaml.cases=N} changes the number of trees.
 */
final class YamlWriterPropertyTest {

  private static final long FIRST_SEED = Long.getLong("kubeforge.yaml.seed", 20_260_101L);
  private static final int CASES = Integer.getInteger("kubeforge.yaml.cases", 3000);

  /** Characters YAML treats specially, alone or next to each other, and some it never should. */
  private static final String[] PIECES = {
    "a", "b", "Z", "0", "1", "7", "9", "x", "o", "e", "E", "b", "T", "Z", "y", "n", "~", "<", "=", "$",
    " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\0", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0",
    "\u2028", "\u2029", "\uFEFF", "\u200B", "\u200D", "\u202E", "\uFFFE", "\uE000",
    "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\",
    ".", "+", "_", "/", ": ", " #", "- ", "? ", "---", "...", "<<", "${A}",
    "yes", "No", "ON", "off", "TRUE", "false", "Null", "null", "y", "N",
    "0x1F", "0o17", "017", "0b1", "1_000", "1e3", "1.5", ".5", ".inf", "-.Inf", ".NaN", "1:20",
    "2001-12-14", "2001-12-14 21:59:43", "T10:00:00Z",
    "\uD83D\uDE80", "e\u0301", "\u05E9\u05DC", "\u00E9", "\u65E5", "\uDB40\uDC67",
  };

  /** Pieces a literal block can hold: printable, no tabs. */
  private static final String[] LINE_PIECES = {
    "a", "Z", "0", "7", " ", "  ", "\n", "\n", "\n\n", "-", "? ", ": ", " #", "#", "|", ">", "'", "\"",
    "---", "...", "yes", "null", "1e3", "1:20", "\uD83D\uDE80", "e\u0301", "\u05E9\u05DC", "\u00E9",
  };

  /** Signs in the output that a style was written, so the generator cannot quietly stop covering it. */
  private static final List<String> STYLES = List.of(
      ": |\n", ": |-\n", ": |+\n", ": |2\n", ": |2-\n", ": |2+\n", "- |", "? ", "- ? ", ": \"", "- \"",
      ": {}", "- []", "- - ", ": .nan", ": -0.0", "e+", "e-");

  @Test
  void randomTreesReadBackEqual() {
    var unseen = new ArrayList<>(STYLES);
    for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      Object tree = new TreeSource(new Random(seed)).tree(0);
      String yaml;
      try {
        yaml = assertReadsBack(tree);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + " (rerun: -Dkubeforge.yaml.seed=" + seed
            + " -Dkubeforge.yaml.cases=1) fails: " + e.getMessage(), e);
      }
      unseen.removeIf(yaml::contains);
    }
    if (CASES >= 1000) {
      assertEquals(List.of(), unseen, "styles the random trees never produced");
    }
  }

  /** Draws trees, strings and numbers from one random sequence. */
  private record TreeSource(Random random) {

    Object tree(int depth) {
      int kind = random.nextInt(depth > 5 ? 6 : 10);
      return switch (kind) {
        case 0, 1, 2 -> string();
        case 3 -> number();
        case 4 -> random.nextInt(3) == 0 ? null : random.nextBoolean();
        case 5 -> random.nextBoolean() ? Map.of() : List.of();
        case 6, 7 -> map(depth);
        default -> list(depth);
      };
    }

    private Map<String, Object> map(int depth) {
      var map = new LinkedHashMap<String, Object>();
      int size = 1 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        map.put(string(), tree(depth + 1));
      }
      return map;
    }

    private List<Object> list(int depth) {
      var list = new ArrayList<Object>();
      int size = 1 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        list.add(tree(depth + 1));
      }
      return list;
    }

    String string() {
      switch (random.nextInt(8)) {
        case 0:
          return "";
        case 1:
          // A long string: a key past YAML's 1024-character limit on implicit keys, or a long block.
          return pieces(PIECES, 200 + random.nextInt(400));
        case 2, 3:
          // Printable lines, the stuff of literal blocks.
          return pieces(LINE_PIECES, 1 + random.nextInt(12));
        default:
          return pieces(PIECES, 1 + random.nextInt(6));
      }
    }

    private String pieces(String[] from, int count) {
      var text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(from[random.nextInt(from.length)]);
      }
      return text.toString();
    }

    Object number() {
      return switch (random.nextInt(9)) {
        case 0 -> random.nextInt();
        case 1 -> random.nextInt(2000) - 1000;
        case 2 -> random.nextLong();
        case 3 -> new BigInteger(1 + random.nextInt(200), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
        case 4 -> Double.longBitsToDouble(random.nextLong());
        case 5 -> (random.nextInt(2000) - 1000) / 8.0;
        case 6 -> new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, 1e15, 1e-7, 0.1}[random.nextInt(10)];
        default -> new BigDecimal(new BigInteger(1 + random.nextInt(150), random), random.nextInt(80) - 40)
            .multiply(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
      };
    }
  }
}
