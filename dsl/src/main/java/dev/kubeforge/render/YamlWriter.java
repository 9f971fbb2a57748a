package dev.kubeforge.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one YAML writer: turns an ordered tree into canonical block YAML. The tree is made of
 * {@link Map}s (written in iteration order; the producer decides the order), {@link List}s, strings,
 * booleans, integral and decimal numbers, and {@code null}.
 *
 * <p>Style: two-space indentation, sequences indented under their key, empty collections as {@code {}}
 * and {@code []}, multi-line strings as literal blocks, and a plain scalar wherever YAML 1.1 and 1.2
 * parsers both read it back as the same string; everything else is double-quoted with escapes. No line
 * is ever folded, so a changed value changes one line of a diff.
 */
final class YamlWriter {

  private static final String INDENT = "  ";

  /** Plain scalars that YAML 1.1 or 1.2 would read as something other than a string. */
  private static final Pattern NOT_A_STRING = Pattern.compile(
      "(?i:y|yes|n|no|true|false|on|off|null|~)"
          // integers: decimal, octal, hex, binary, with signs and underscores, YAML 1.1 sexagesimal
          + "|[-+]?(?:0b[0-1_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)"
          // floats: with dot or exponent, leading dot, sexagesimal, infinities and NaN
          + "|[-+]?(?:[0-9][0-9_]*)?\\.?[0-9_]*(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?i:inf)|\\.(?i:nan)"
          // timestamps
          + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"
          // YAML 1.1 merge and value keys
          + "|<<|=");

  private YamlWriter() {}

  /** Writes {@code tree} as one YAML document (no {@code ---} marker) ending with a newline. */
  static void writeDocument(Object tree, StringBuilder out) {
    if (tree instanceof Map<?, ?> map && !map.isEmpty()) {
      writeMapEntries(map, 0, out);
    } else if (tree instanceof List<?> list && !list.isEmpty()) {
      writeListItems(list, 0, out);
    } else {
      writeScalar(tree, 0, out);
      out.append('\n');
    }
  }

  private static void writeMapEntries(Map<?, ?> map, int depth, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        indent(depth, out);
      }
      first = false;
      writeString((String) entry.getKey(), depth, true, out);
      out.append(':');
      writeValueAfterKey(entry.getValue(), depth, out);
    }
  }

  /** Writes a value after {@code key:}: a nested block on the next lines, or a scalar on this line. */
  private static void writeValueAfterKey(Object value, int depth, StringBuilder out) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      indent(depth + 1, out);
      writeMapEntries(map, depth + 1, out);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      indent(depth + 1, out);
      writeListItems(list, depth + 1, out);
    } else {
      out.append(' ');
      writeScalar(value, depth + 1, out);
      out.append('\n');
    }
  }

  /** Writes list items; the first item's {@code "- "} goes where the cursor stands (already indented). */
  private static void writeListItems(List<?> list, int depth, StringBuilder out) {
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        indent(depth, out);
      }
      first = false;
      out.append("- ");
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        writeMapEntries(map, depth + 1, out);
      } else if (item instanceof List<?> nested && !nested.isEmpty()) {
        writeListItems(nested, depth + 1, out);
      } else {
        writeScalar(item, depth + 1, out);
        out.append('\n');
      }
    }
  }

  private static void writeScalar(Object value, int depth, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String string) {
      writeString(string, depth, false, out);
    } else if (value instanceof Boolean bool) {
      out.append(bool ? "true" : "false");
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      writeFloat(((Number) value).doubleValue(), out);
    } else if (value instanceof BigDecimal decimal) {
      writeDecimal(decimal, out);
    } else if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else {
      throw new IllegalArgumentException("not a YAML tree node: " + value.getClass().getName());
    }
  }

  private static void writeFloat(double value, StringBuilder out) {
    if (Double.isNaN(value)) {
      out.append(".nan");
    } else if (Double.isInfinite(value)) {
      out.append(value > 0 ? ".inf" : "-.inf");
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value).append(".0");
    } else {
      writeDecimal(new BigDecimal(Double.toString(value)), out);
    }
  }

  /** A decimal always carries a dot or an exponent, so it reads back as a float, never as an integer. */
  private static void writeDecimal(BigDecimal decimal, StringBuilder out) {
    var text = decimal.toString();
    if (text.indexOf('E') >= 0) {
      // 1E+3 -> 1.0e+3: YAML 1.1 floats need a dot and a sign in the exponent.
      int e = text.indexOf('E');
      var mantissa = text.substring(0, e);
      var exponent = text.substring(e + 1);
      out.append(mantissa);
      if (mantissa.indexOf('.') < 0) {
        out.append(".0");
      }
      out.append('e');
      if (exponent.charAt(0) != '-' && exponent.charAt(0) != '+') {
        out.append('+');
      }
      out.append(exponent);
    } else {
      out.append(text);
      if (text.indexOf('.') < 0) {
        out.append(".0");
      }
    }
  }

  /**
   * Writes a string plain when that is safe, as a literal block when it spans lines and is printable,
   * and double-quoted otherwise. Keys are never written as blocks.
   */
  private static void writeString(String value, int depth, boolean key, StringBuilder out) {
    if (isPlainSafe(value)) {
      out.append(value);
    } else if (!key && isLiteralBlockSafe(value)) {
      writeLiteralBlock(value, depth, out);
    } else {
      writeDoubleQuoted(value, out);
    }
  }

  static boolean isPlainSafe(String value) {
    int length = value.length();
    if (length == 0) {
      return false;
    }
    char first = value.charAt(0);
    switch (first) {
      case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ':
        return false;
      default:
        break;
    }
    char last = value.charAt(length - 1);
    if (last == ' ' || last == ':') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF
          || c == 0x2028 || c == 0x2029 || c >= 0xFFFE || Character.isSurrogate(c)) {
        return false;
      }
      if (c == ':' && i + 1 < length && value.charAt(i + 1) == ' ') {
        return false;
      }
      if (c == '#' && value.charAt(i - 1) == ' ') {
        return false;
      }
      // Flow indicators are safe in block context for YAML 1.2, but some YAML 1.1 readers disagree.
      if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
        return false;
      }
    }
    return !NOT_A_STRING.matcher(value).matches();
  }

  /** A literal block keeps every character, so only printable text whose first line has no leading space. */
  private static boolean isLiteralBlockSafe(String value) {
    if (value.indexOf('\n') < 0) {
      return false;
    }
    char first = value.charAt(0);
    if (first == ' ' || first == '\t' || first == '\n') {
      return false;
    }
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF
          || c == 0x2028 || c == 0x2029 || c >= 0xFFFE || Character.isSurrogate(c)) {
        return false;
      }
      // Trailing white space on a line and lines that start with a tab are easy to lose in review.
      if ((c == ' ' || c == '\t') && (i + 1 == length || value.charAt(i + 1) == '\n')) {
        return false;
      }
      if (c == '\t' && value.charAt(i - 1) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static void writeLiteralBlock(String value, int depth, StringBuilder out) {
    int trailing = 0;
    while (trailing < value.length() && value.charAt(value.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
    var body = value.substring(0, value.length() - trailing);
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      out.append('\n');
      if (end > start) {
        indent(depth, out);
        out.append(body, start, end);
      }
      start = end + 1;
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  private static void writeDoubleQuoted(String value, StringBuilder out) {
    out.append('"');
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\0' -> out.append("\\0");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF
              || c == 0x2028 || c == 0x2029 || c >= 0xFFFE) {
            appendEscape(c, out);
          } else if (Character.isHighSurrogate(c) && i + 1 < length
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            appendEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void appendEscape(char c, StringBuilder out) {
    out.append("\\u");
    var hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex);
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }
}
