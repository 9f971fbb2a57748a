package dev.kubeforge.render;

import dev.kubeforge.host.Directive;
import java.util.HashSet;
import java.util.List;

/**
 * The one writer of systemd's INI syntax: sections in the order given, {@code Key=value} lines in order,
 * repeated keys kept, a blank line between sections, LF line ends, and a trailing newline. The caller
 * orders the directives; those of one section must be adjacent.
 */
final class IniWriter {

  private IniWriter() {}

  /** Writes {@code header} (a comment line, or empty), then the directives, grouped by section. */
  static String write(String header, List<Directive> directives) {
    var out = new StringBuilder(header.length() + directives.size() * 40).append(header);
    var seen = new HashSet<String>();
    String current = null;
    for (Directive directive : directives) {
      if (!directive.section().equals(current)) {
        current = directive.section();
        if (!seen.add(current)) {
          throw new IllegalStateException("section [" + current + "] is split; its directives must be adjacent");
        }
        if (out.length() > header.length()) {
          out.append('\n');
        }
        out.append('[').append(current).append("]\n");
      }
      out.append(directive.key()).append('=').append(directive.value()).append('\n');
    }
    return out.toString();
  }
}
