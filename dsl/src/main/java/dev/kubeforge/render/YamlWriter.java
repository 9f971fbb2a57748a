package dev.kubeforge.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one YAML writer: turns an ordered tree into canonical block YAML. The tree is made of
 * {@link Map}s with string keys (written in iteration order; the producer decides the order),
 * {@link List}s, strings, booleans, integral numbers ({@link Integer}, {@link Long}, {@link Short},
 * {@link Byte}, {@link BigInteger}), decimal numbers ({@link Double}, {@link Float},
 * {@link BigDecimal}) and {@code null}.
 *
 * <p>Style: two-space indentation, sequences indented under their key, empty collections as {@code {}}
 * and {@code []}, multi-line strings as literal blocks, and a plain scalar wherever YAML 1.1 and 1.2
 * parsers all read it back as the same string; everything else is double-quoted with escapes. No line
 * is ever folded, so a changed value changes one line of a diff.
 *
 * <p>A string is written plain unless it is empty; starts with an indicator ({@code -?:,[]{}#&*!|>'"%@`})
 * or a space; starts with {@code ...} (a document end marker at the start of a line); ends with a
 * space or {@code :}; contains {@code ": "}, {@code " #"}, a flow indicator ({@code ,[]{}}: Ruby's
 * YAML 1.1 reads {@code 1,000} as a number) or a character that is not {@linkplain #isPrintable
 * printable}; is a YAML 1.1 or 1.2 boolean or null word in any case ({@code y}, {@code No},
 * {@code oN}, {@code ~}, ...), the YAML 1.1 merge key {@code <<} or value key {@code =}, an
 * environment reference {@code ${...}} (which snakeyaml-engine may substitute); or reads as a number
 * or timestamp in YAML 1.1 or 1.2 ({@code 0x1F}, {@code 017}, {@code 0o17}, {@code 0b1}, {@code 1_000},
 * {@code 1e3}, {@code .5}, {@code .inf}, {@code 1:20}, {@code 2001-12-14}). Version-like strings such
 * as {@code 1.2.3} stay plain: the YAML 1.1 spec's float regex ({@code [0-9.]*} after the dot) would
 * take them, but SnakeYAML, PyYAML and go-yaml all read them as strings.
 *
 * <p>A string with a line break is a literal block ({@code |}, {@code |-}, {@code |+}, with an
 * indentation indicator when its first line starts with a space) if every character is printable
 * and no line starts with a tab or ends in white space, which a review or an editor would lose;
 * otherwise it is double-quoted. A key is never a block, and a key longer than YAML's 1024-character
 * limit for implicit keys is written as an explicit {@code ? key}.
 *
 * <p>A lone surrogate has no YAML representation (YAML streams are Unicode text), so writing one
 * throws {@link IllegalArgumentException}, as does a node outside the tree's types; the message ends
 * with the node's place as a JSON pointer.
 */
final class YamlWriter {

  private static final String INDENT = "  ";

  /**
   * YAML 1.2 (§7.4) and YAML 1.1 readers look for the {@code :} of an implicit key within 1024
   * characters of its start; a longer key must be an explicit {@code ? key}.
   */
  private static final int MAX_IMPLICIT_KEY = 1024;

  /**
   * Plain scalars that start with a digit, {@code +} or {@code .} and read as a number or timestamp
   * somewhere: the union of YAML 1.1 (int with {@code 0b}/{@code 0}/{@code 0x}, underscores and
   * sexagesimal; float with underscores and sexagesimal; timestamp) and YAML 1.2 core ({@code 0o},
   * {@code 0x}, exponents without a dot). It is wider than any one of them, which costs quotes, never
   * a misread.
   */
  private static final Pattern NUMBER_OR_TIMESTAMP = Pattern.compile(
      // integers: binary, octal (0o and 0-leading), hex, decimal, sexagesimal
      "[-+]?(?:0[bB][0-1_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)"
          // floats: a dot or an exponent or both, leading dot, underscores
          + "|[-+]?(?:[0-9][0-9_]*)?\\.?[0-9_]*(?:[eE][-+]?[0-9]+)?"
          // sexagesimal floats
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          // infinities and not-a-number, any case
          + "|[-+]?\\.(?i:inf)|\\.(?i:nan)"
          // timestamps: a date, then anything after a T or a space
          + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?");

  /** What a scan of a string found; see {@link #scan}. */
  private static final int MULTI_LINE = 1;
  private static final int NOT_PLAIN = 2;
  private static final int NOT_LITERAL = 4;

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

  /** Writes the entries; the first key goes where the cursor stands (already indented). */
  private static void writeMapEntries(Map<?, ?> map, int depth, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        indent(depth, out);
      }
      first = false;
      if (!(entry.getKey() instanceof String key)) {
        throw new NotWritable("map key " + describe(entry.getKey()) + " is not a string");
      }
      int keyStart = out.length();
      writeString(key, depth, true, out);
      if (out.length() - keyStart > MAX_IMPLICIT_KEY) {
        out.insert(keyStart, "? ").append('\n');
        indent(depth, out);
      }
      out.append(':');
      try {
        writeValueAfterKey(entry.getValue(), depth, out);
      } catch (NotWritable e) {
        throw e.within(key);
      }
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
    int index = 0;
    for (Object item : list) {
      if (index > 0) {
        indent(depth, out);
      }
      out.append("- ");
      try {
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          writeMapEntries(map, depth + 1, out);
        } else if (item instanceof List<?> nested && !nested.isEmpty()) {
          writeListItems(nested, depth + 1, out);
        } else {
          writeScalar(item, depth + 1, out);
          out.append('\n');
        }
      } catch (NotWritable e) {
        throw e.within(Integer.toString(index));
      }
      index++;
    }
  }

  /** Writes a scalar or an empty collection; {@code depth} 0 is the document's root. */
  private static void writeScalar(Object value, int depth, StringBuilder out) {
    if (value instanceof String string) {
      writeString(string, depth, false, out);
    } else if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean bool) {
      out.append(bool ? "true" : "false");
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      out.append(((Number) value).longValue());
    } else if (value instanceof BigInteger integer) {
      out.append(integer.toString());
    } else if (value instanceof Double || value instanceof Float) {
      writeFloat(((Number) value).doubleValue(), out);
    } else if (value instanceof BigDecimal decimal) {
      writeDecimal(decimal.toString(), out);
    } else if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else {
      throw new NotWritable(describe(value) + " is not a map, list, string, boolean, number or null");
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }

  /**
   * Writes a double so that it reads back as the same double, and as a float, never an integer:
   * whole numbers below 10^15 as {@code 42.0}, others as Java's shortest decimal in YAML's notation.
   */
  private static void writeFloat(double value, StringBuilder out) {
    if (Double.isNaN(value)) {
      out.append(".nan");
    } else if (Double.isInfinite(value)) {
      out.append(value > 0 ? ".inf" : "-.inf");
    } else if (value == 0) {
      out.append(Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0");
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value).append(".0");
    } else {
      writeDecimal(Double.toString(value), out);
    }
  }

  /**
   * Writes Java's decimal text ({@code 12.5}, {@code 1.0E-7}, {@code 1E+3}) as a YAML float: always a
   * dot, so it reads as a float and never an integer, and a signed lower-case exponent, as YAML 1.1
   * requires.
   */
  private static void writeDecimal(String text, StringBuilder out) {
    int exponent = text.indexOf('E');
    int end = exponent < 0 ? text.length() : exponent;
    out.append(text, 0, end);
    if (text.lastIndexOf('.', end) < 0) {
      out.append(".0");
    }
    if (exponent >= 0) {
      out.append('e');
      char sign = text.charAt(exponent + 1);
      if (sign != '-' && sign != '+') {
        out.append('+');
      }
      out.append(text, exponent + 1, text.length());
    }
  }

  /**
   * Writes a string plain when that is safe, as a literal block when it spans lines and a block
   * keeps it exactly, and double-quoted otherwise. Keys are never written as blocks.
   */
  private static void writeString(String value, int depth, boolean key, StringBuilder out) {
    if (value.isEmpty()) {
      out.append("\"\"");
      return;
    }
    int found = scan(value);
    if ((found & NOT_PLAIN) == 0 && isPlainSafe(value)) {
      out.append(value);
    } else if (!key && (found & (MULTI_LINE | NOT_LITERAL)) == MULTI_LINE) {
      writeLiteralOrQuoted(value, depth, out);
    } else {
      writeDoubleQuoted(value, key, out);
    }
  }

  /**
   * One pass over the characters: {@link #MULTI_LINE} if there is a line break, {@link #NOT_PLAIN} if a
   * character or pair rules out a plain scalar ({@code ": "}, {@code " #"}, a flow indicator, a line
   * break, a tab, anything not printable), {@link #NOT_LITERAL} if something rules out a literal block.
   */
  private static int scan(String value) {
    int length = value.length();
    int found = 0;
    char previous = '\n';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c > ' ' && c < 0x7F) {
        switch (c) {
          case ':' -> {
            if (i + 1 < length && value.charAt(i + 1) == ' ') {
              found |= NOT_PLAIN;
            }
          }
          case '#' -> {
            if (previous == ' ') {
              found |= NOT_PLAIN;
            }
          }
          case ',', '[', ']', '{', '}' -> found |= NOT_PLAIN;
          default -> {
            // printable ASCII without a meaning inside a scalar
          }
        }
      } else if (c == ' ' || c == '\t') {
        if (i + 1 == length || value.charAt(i + 1) == '\n' || (c == '\t' && previous == '\n')) {
          found |= NOT_LITERAL;
        }
        if (c == '\t') {
          found |= NOT_PLAIN;
        }
      } else if (c == '\n') {
        found |= MULTI_LINE | NOT_PLAIN;
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (!isPrintable(Character.toCodePoint(c, value.charAt(++i)))) {
          return NOT_PLAIN | NOT_LITERAL;
        }
      } else if (!isPrintable(c)) {
        // controls, line breaks other than \n, invisible characters, lone surrogates (which the
        // double-quoted writer reports)
        return NOT_PLAIN | NOT_LITERAL;
      }
      previous = c;
    }
    return found;
  }

  /**
   * Whether a character outside printable ASCII may stand as itself in a plain scalar or a literal
   * block. YAML's printable set without the C1 controls (including NEL), the separators U+2028 and
   * U+2029 (line breaks in YAML 1.1), U+FFFE, U+FFFF and surrogates; and without the invisible format
   * characters (soft hyphen, zero-width and bidirectional controls, BOM, tag characters), which would
   * hide or reorder text in a reviewed diff. A fixed list, so output does not change with the JDK's
   * Unicode version.
   */
  private static boolean isPrintable(int c) {
    if (c < 0xA0) {
      return c >= ' ' && c < 0x7F;
    }
    if (c < 0x2000) {
      return c != 0xAD && c != 0x61C && c != 0x180E;
    }
    if (c < 0xD800) {
      return !(c >= 0x200B && c <= 0x200F) && !(c >= 0x2028 && c <= 0x202E)
          && !(c >= 0x2060 && c <= 0x206F);
    }
    if (c < 0x10000) {
      return c >= 0xE000 && c != 0xFEFF && !(c >= 0xFFF9 && c <= 0xFFFB) && c < 0xFFFE;
    }
    return !(c >= 0xE0000 && c <= 0xE007F);
  }

  /**
   * Whether a string without line breaks, controls or {@code ": "}/{@code " #"} reads back as itself
   * when plain: it must not start with an indicator or a space, end with a space or {@code :}, or
   * resolve to anything but a string. Only strings starting with a digit, a sign or a dot reach the
   * regular expression.
   */
  private static boolean isPlainSafe(String value) {
    int length = value.length();
    char last = value.charAt(length - 1);
    if (last == ' ' || last == ':') {
      return false;
    }
    char first = value.charAt(0);
    return switch (first) {
      case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
          ' ' -> false;
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> !isBooleanOrNullWord(value);
      case '~', '=' -> length > 1;
      case '<' -> !(length == 2 && value.charAt(1) == '<');
      case '$' -> !(length > 1 && value.charAt(1) == '{');
      case '.' -> !value.startsWith("...") && !NUMBER_OR_TIMESTAMP.matcher(value).matches();
      case '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ->
          !NUMBER_OR_TIMESTAMP.matcher(value).matches();
      default -> true;
    };
  }

  /** YAML 1.1 and 1.2 booleans and null in any case of ASCII letters. */
  private static boolean isBooleanOrNullWord(String value) {
    return switch (value.length()) {
      case 1 -> "yYnN".indexOf(value.charAt(0)) >= 0;
      case 2 -> equalsIgnoringAsciiCase(value, "no") || equalsIgnoringAsciiCase(value, "on");
      case 3 -> equalsIgnoringAsciiCase(value, "yes") || equalsIgnoringAsciiCase(value, "off");
      case 4 -> equalsIgnoringAsciiCase(value, "true") || equalsIgnoringAsciiCase(value, "null");
      case 5 -> equalsIgnoringAsciiCase(value, "false");
      default -> false;
    };
  }

  /** Compares with a lower-case ASCII word; unlike {@link String#equalsIgnoreCase}, {@code ſ} is no s. */
  private static boolean equalsIgnoringAsciiCase(String value, String lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a multi-line printable string as a literal block, or double-quoted when a block cannot
   * hold it: only line breaks, or a first line that starts with a space in a root scalar (whose
   * indentation indicator YAML 1.2 and SnakeYAML count from different columns).
   */
  private static void writeLiteralOrQuoted(String value, int depth, StringBuilder out) {
    int length = value.length();
    int firstContent = 0;
    while (firstContent < length && value.charAt(firstContent) == '\n') {
      firstContent++;
    }
    boolean leadingSpace = firstContent < length && value.charAt(firstContent) == ' ';
    if (firstContent == length || (leadingSpace && depth == 0)) {
      writeDoubleQuoted(value, false, out);
      return;
    }
    int trailing = 0;
    while (value.charAt(length - 1 - trailing) == '\n') {
      trailing++;
    }
    out.append('|');
    if (leadingSpace) {
      out.append(INDENT.length());
    }
    if (trailing == 0) {
      out.append('-');
    } else if (trailing > 1) {
      out.append('+');
    }
    // The root's block is indented too: a line at column 0 could read as --- or ...
    int blockDepth = Math.max(depth, 1);
    int end = length - trailing;
    int start = 0;
    while (start <= end) {
      int lineEnd = value.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      out.append('\n');
      if (lineEnd > start) {
        indent(blockDepth, out);
        out.append(value, start, lineEnd);
      }
      start = lineEnd + 1;
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  private static void writeDoubleQuoted(String value, boolean key, StringBuilder out) {
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
          if (isPrintable(c)) {
            out.append(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < length
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, value.charAt(++i));
            if (isPrintable(codePoint)) {
              out.append(c).append(value.charAt(i));
            } else {
              appendEscape('U', codePoint, 8, out);
            }
          } else if (Character.isSurrogate(c)) {
            throw new NotWritable("lone surrogate " + hex(c, 4) + " at index " + i + " of "
                + (key ? "a map key" : "a string") + " cannot be written as YAML");
          } else {
            appendEscape('u', c, 4, out);
          }
        }
      }
    }
    out.append('"');
  }

  private static void appendEscape(char kind, int codePoint, int digits, StringBuilder out) {
    out.append('\\').append(kind).append(hex(codePoint, digits), 2, digits + 2);
  }

  /** {@code U+XXXX}: the code point in upper-case hex, zero-padded to {@code digits}. */
  private static String hex(int codePoint, int digits) {
    var text = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
    return "U+" + "0".repeat(Math.max(0, digits - text.length())) + text;
  }

  /**
   * A value the tree may not hold. The message ends with where it is, as a JSON pointer
   * ({@code /spec/containers/0/name}) gathered while the writer unwinds.
   */
  private static final class NotWritable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final StringBuilder pointer = new StringBuilder();

    NotWritable(String problem) {
      super(problem);
    }

    /** Puts the key or index of the enclosing entry in front of the pointer. */
    NotWritable within(String step) {
      pointer.insert(0, step.replace("~", "~0").replace("/", "~1")).insert(0, '/');
      return this;
    }

    @Override
    public String getMessage() {
      return super.getMessage() + " (at " + (pointer.length() == 0 ? "the root" : pointer) + ")";
    }
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }
}
