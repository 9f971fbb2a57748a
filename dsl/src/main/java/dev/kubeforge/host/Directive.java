package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.regex.Pattern;

/**
 * One line {@code Key=value} of a systemd unit, drop-in or journald file, in its section. Typed options
 * produce directives; {@code directive(section, key, value)} on any unit is the escape hatch for a
 * directive Kubeforge has no method for. Directives keep their order, and a key may repeat
 * ({@code ExecStart=} then {@code ExecStart=/usr/bin/dockerd}); an empty value resets a list setting.
 *
 * @param section the section without brackets, such as {@code Service}
 * @param key the key, such as {@code ExecStart}
 * @param value the value as systemd reads it, on one line; may be empty
 */
public record Directive(String section, String key, String value) {

  private static final Pattern SECTION = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  public Directive {
    requireNonNull(section, "section");
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (!SECTION.matcher(section).matches()) {
      throw new IllegalArgumentException("not a section name: '" + section
          + "' (a letter, then letters, digits and '-'; without brackets)");
    }
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a directive key: '" + key + "' (a letter, then letters and digits)");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          section + "." + key + " value spans lines: '" + value + "' (write one directive per line)");
    }
    Names.requireText(section + "." + key + " value", value);
    if (!value.equals(value.strip()) || value.endsWith("\\")) {
      throw new IllegalArgumentException(section + "." + key + " value '" + value + "' starts or ends with whitespace"
          + " or ends with a backslash, which systemd strips or joins with the next line (quote it)");
    }
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
