package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** List edits and value formats shared by the unit records. */
final class Directives {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Directives() {}

  /** {@code list} with {@code directive} at the end. */
  static List<Directive> appended(List<Directive> list, Directive directive) {
    requireNonNull(directive, "directive");
    var all = new ArrayList<>(list);
    all.add(directive);
    return all;
  }

  /**
   * {@code list} with every directive of the same section and key replaced by {@code directive}, which
   * takes the place of the first one (or goes at the end when there was none).
   */
  static List<Directive> replaced(List<Directive> list, Directive directive) {
    requireNonNull(directive, "directive");
    var all = new ArrayList<Directive>(list.size() + 1);
    boolean placed = false;
    for (Directive d : list) {
      if (d.section().equals(directive.section()) && d.key().equals(directive.key())) {
        if (!placed) {
          all.add(directive);
          placed = true;
        }
      } else {
        all.add(d);
      }
    }
    if (!placed) {
      all.add(directive);
    }
    return all;
  }

  /** A command line for an {@code Exec*=} directive, checked: one line, an absolute program path. */
  static String commandLine(String key, String commandLine) {
    requireNonNull(commandLine, "commandLine");
    var program = commandLine.replaceFirst("^[-@:+!]*", "");
    if (commandLine.indexOf('\n') >= 0 || !program.startsWith("/")) {
      throw new IllegalArgumentException(key + "= needs one line starting with an absolute program path, was '"
          + commandLine + "'");
    }
    return commandLine;
  }

  /** An {@code Environment=} value: one quoted assignment, with {@code \}, {@code "} and {@code %} escaped. */
  static String environment(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    if (!ENV_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an environment variable name: '" + name
          + "' (letters, digits and '_', not starting with a digit)");
    }
    if (value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("environment variable " + name + " spans lines: '" + value + "'");
    }
    var escaped = (name + "=" + value).replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%");
    return "\"" + escaped + "\"";
  }

  /** Throws unless {@code slice} is null or a {@code .slice} unit. */
  static void requireSlice(UnitName slice) {
    if (slice != null && slice.type() != UnitType.SLICE) {
      throw new IllegalArgumentException("Slice= needs a .slice unit, was '" + slice + "'");
    }
  }

  /**
   * An absolute, normalized path on the node ({@link Names#requireAbsolutePath}) without spaces, which
   * systemd and the runtimes' lists would split on.
   */
  static String absolutePath(String what, String path) {
    return withoutSpaces(what, Names.requireAbsolutePath(what, path));
  }

  /** An absolute, normalized directory ({@link Names#requireAbsoluteDirectory}: '/' and a trailing '/' allowed) without spaces. */
  static String directoryPath(String what, String path) {
    return withoutSpaces(what, Names.requireAbsoluteDirectory(what, path));
  }

  private static String withoutSpaces(String what, String path) {
    if (path.indexOf(' ') >= 0) {
      throw new IllegalArgumentException(what + " must be a path without spaces, was '" + path + "'");
    }
    return path;
  }

  /** A constant's name as systemd and dockerd write it: {@code ON_FAILURE} becomes {@code on-failure}. */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
