package dev.kubeforge.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one writer of GitHub-flavoured Markdown and of the Mermaid flowcharts inside it: headings, tables
 * whose cells are escaped, and fenced blocks, with LF line ends and one blank line between blocks. Cell
 * text goes through {@link #code} or {@link #text}, so a {@code |}, a backtick or markup in a name never
 * breaks a table.
 */
final class MarkdownWriter {

  /** The characters a backslash escapes in {@link #text}: those that start markup in a table cell. */
  private static final String MARKUP = "\\`*_[]<>|~&#!";

  private final StringBuilder out;

  /** A document that starts with {@code header} (an HTML comment line). */
  MarkdownWriter(String header) {
    this.out = new StringBuilder(8192).append(header);
  }

  /** A heading of {@code level} (1 to 6). */
  MarkdownWriter heading(int level, String title) {
    block().append("#".repeat(level)).append(' ').append(text(title)).append('\n');
    return this;
  }

  /** A table; each cell is already inline Markdown (from {@link #code}, {@link #text}, {@link #lines}). */
  MarkdownWriter table(List<String> columns, List<List<String>> rows) {
    block();
    row(columns);
    out.append('|');
    columns.forEach(c -> out.append("---|"));
    out.append('\n');
    rows.forEach(this::row);
    return this;
  }

  /** A fenced block of {@code info} (such as {@code mermaid}) holding {@code body}, which ends in a newline. */
  MarkdownWriter fence(String info, String body) {
    block().append("```").append(info).append('\n').append(body).append("```\n");
    return this;
  }

  /** A line of inline Markdown on its own. */
  MarkdownWriter paragraph(String inline) {
    block().append(inline).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private StringBuilder block() {
    return out.length() == 0 ? out : out.append('\n');
  }

  private void row(List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.isEmpty() ? "-" : cell).append(" |");
    }
    out.append('\n');
  }

  /**
   * A code span holding {@code value} as is: the fence is one backtick longer than the longest run inside,
   * padded with spaces where the value touches a backtick, and {@code |} is escaped for the table.
   */
  static String code(String value) {
    var flat = value.replace('\n', ' ').replace('\r', ' ');
    if (flat.isEmpty()) {
      return "";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    var fence = "`".repeat(longest + 1);
    var pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return (fence + pad + flat + pad + fence).replace("|", "\\|");
  }

  /** Plain text with every markup character escaped by a backslash, on one line. */
  static String text(String value) {
    var escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        escaped.append(' ');
        continue;
      }
      if (MARKUP.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Several inline values in one cell, one per line. */
  static String lines(List<String> inline) {
    return String.join("<br>", inline);
  }

  /**
   * A Mermaid flowchart. Node ids are derived from what a node stands for ({@code kind_namespace_name},
   * every character other than an ASCII letter or digit made {@code _}, a counter added where two would
   * clash, a prefix where one would be a keyword such as {@code end}), so they are safe identifiers and stable from run to run; labels are always quoted and their
   * quotes, markup and entity characters written as Mermaid entity codes. Edges come last, sorted, each once.
   */
  static final class Flowchart {

    /** How a node is drawn: the brackets around its label. */
    enum Shape {
      BOX("[", "]"), STADIUM("([", "])"), HEXAGON("{{", "}}"), CYLINDER("[(", ")]"), FLAG(">", "]");

      private final String open;
      private final String close;

      Shape(String open, String close) {
        this.open = open;
        this.close = close;
      }
    }

    /** Words Mermaid reads as syntax where a node id stands; an id equal to one gets a prefix. */
    private static final Set<String> KEYWORDS = Set.of("end", "graph", "subgraph", "flowchart", "direction",
        "style", "linkstyle", "class", "classdef", "click", "call", "href", "default", "interpolate");

    private final StringBuilder body = new StringBuilder(2048);
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final TreeSet<String> edges = new TreeSet<>();
    private int depth = 1;

    /** A flowchart drawn in {@code direction}, such as {@code LR}. */
    Flowchart(String direction) {
      body.append("flowchart ").append(direction).append('\n');
    }

    /** The id of what {@code parts} name (kind, namespace, name...), the same id each time it is asked. */
    String id(String... parts) {
      var key = String.join("\u0000", parts);
      var known = ids.get(key);
      if (known != null) {
        return known;
      }
      var base = new StringBuilder();
      for (String part : parts) {
        if (part.isEmpty()) {
          continue;
        }
        if (base.length() > 0) {
          base.append('_');
        }
        for (char c : part.toLowerCase(Locale.ROOT).toCharArray()) {
          base.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
      }
      if (base.isEmpty() || !Character.isLetter(base.charAt(0)) || KEYWORDS.contains(base.toString())) {
        base.insert(0, "id_");
      }
      var id = base.toString();
      for (int n = 2; !taken.add(id); n++) {
        id = base + "_" + n;
      }
      ids.put(key, id);
      return id;
    }

    /** Opens a subgraph; close it with {@link #end}. */
    Flowchart subgraph(String id, String label) {
      indent().append("subgraph ").append(id).append("[\"").append(label(label)).append("\"]\n");
      depth++;
      return this;
    }

    /** Closes the innermost subgraph. */
    Flowchart end() {
      depth--;
      indent().append("end\n");
      return this;
    }

    /** A node; its label's lines are shown one below the other. */
    Flowchart node(String id, Shape shape, String... lines) {
      var labels = new ArrayList<String>(lines.length);
      for (String line : lines) {
        labels.add(label(line));
      }
      indent().append(id).append(shape.open).append('"').append(String.join("<br>", labels)).append('"')
          .append(shape.close).append('\n');
      return this;
    }

    /** An edge from one node to another; the same edge twice is drawn once. */
    Flowchart edge(String from, String to) {
      edges.add(from + " --> " + to);
      return this;
    }

    /** The flowchart's text, ending in a newline. */
    String text() {
      var all = new StringBuilder(body);
      edges.forEach(edge -> all.append("  ").append(edge).append('\n'));
      return all.toString();
    }

    private StringBuilder indent() {
      return body.append("  ".repeat(depth));
    }

    /** A label's text for inside double quotes, with Mermaid's entity codes for what would end or mark it up. */
    static String label(String text) {
      var escaped = new StringBuilder(text.length() + 8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"', '#', '&', '<', '>', '`', '|', '\\' -> escaped.append('#').append((int) c).append(';');
          case '\n', '\r' -> escaped.append(' ');
          default -> escaped.append(c);
        }
      }
      return escaped.toString();
    }
  }
}
