package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Kubernetes' syntax rules for names, label keys and values and ConfigMap keys, in one place: the DSL
 * checks them where a name is written, and the checks apply them to objects added as is.
 *
 * <p>The {@code is..} methods only answer whether a text follows a rule. The {@code require..} methods
 * return the text or throw an {@code IllegalArgumentException} that shows the value and the rule, in one
 * of two voices: {@code "<what> is not a ..."} where the caller names the parameter (node and profile
 * names, node labels), and {@code "not a label key: ..."} / {@code "not a value of label <key>: ..."} for
 * the labels and annotations of Kubernetes objects.
 *
 * <p>Plain loops rather than patterns for the predicates: they run for every object of a cluster, in a
 * cold JVM.
 */
public final class Names {

  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private Names() {}

  /**
   * Whether {@code name} is a DNS-1123 label: 1 to 63 lowercase letters, digits and '-', starting and
   * ending with a letter or digit (namespace, Service and container names).
   */
  public static boolean isDns1123Label(String name) {
    return name != null && !name.isEmpty() && name.length() <= 63 && name.indexOf('.') < 0 && isDns1123Subdomain(name);
  }

  /**
   * Whether {@code name} is a path segment name: not empty, not '.' or '..', without '/' or '%' (the names
   * of RBAC roles and bindings, such as {@code system:aggregated-metrics-reader}).
   */
  public static boolean isPathSegmentName(String name) {
    return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
        && name.indexOf('/') < 0 && name.indexOf('%') < 0;
  }

  /**
   * Whether {@code name} is a DNS-1123 subdomain: DNS-1123 labels joined by '.', at most 253 in all
   * (the names of most objects).
   */
  public static boolean isDns1123Subdomain(String name) {
    if (name == null || name.isEmpty() || name.length() > 253) {
      return false;
    }
    char previous = '.';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        if (previous == '.' || previous == '-') {
          return false;
        }
      } else if (c == '-') {
        if (previous == '.') {
          return false;
        }
      } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
        return false;
      }
      previous = c;
    }
    return previous != '.' && previous != '-';
  }

  /**
   * Whether {@code key} is a label, annotation or taint key: an optional DNS-1123 subdomain prefix and
   * '/', then a name of 1 to 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric.
   */
  public static boolean isLabelKey(String key) {
    if (key == null) {
      return false;
    }
    int slash = key.indexOf('/');
    if (slash >= 0 && !isDns1123Subdomain(key.substring(0, slash))) {
      return false;
    }
    var name = key.substring(slash + 1);
    return !name.isEmpty() && name.length() <= 63 && isQualifiedName(name);
  }

  /** Whether {@code value} is a label or taint value: empty, or a qualified name of at most 63. */
  public static boolean isLabelValue(String value) {
    return value != null && (value.isEmpty() || (value.length() <= 63 && isQualifiedName(value)));
  }

  /** Letters, digits, '-', '_' and '.', starting and ending with a letter or digit; not empty. */
  private static boolean isQualifiedName(String name) {
    int last = name.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = name.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && ((i == 0 || i == last) || (c != '-' && c != '_' && c != '.'))) {
        return false;
      }
    }
    return last >= 0;
  }

  /** Returns {@code name} when it is a DNS-1123 label (at most 63), or throws naming {@code what} and the rule. */
  public static String requireDns1123Label(String what, String name) {
    requireNonNull(name, what);
    if (!isDns1123Label(name)) {
      throw new IllegalArgumentException(
          what + " is not a DNS-1123 label: '" + name + "' (lowercase letters, digits and '-', at most 63)");
    }
    return name;
  }

  /** Returns {@code name} when it is a DNS-1123 subdomain (labels joined by '.', at most 253), or throws. */
  public static String requireDns1123Subdomain(String what, String name) {
    requireNonNull(name, what);
    if (!isDns1123Subdomain(name)) {
      throw new IllegalArgumentException(what + " is not a DNS-1123 subdomain: '" + name
          + "' (lowercase letters, digits, '-' and '.', at most 253)");
    }
    return name;
  }

  /** Returns {@code key} when it is a label or taint key ({@code [prefix/]name}), or throws naming {@code what}. */
  public static String requireQualifiedName(String what, String key) {
    requireNonNull(key, what);
    if (!isLabelKey(key)) {
      throw new IllegalArgumentException(what + " is not a qualified name: '" + key
          + "' (an optional DNS subdomain and '/', then at most 63 letters, digits and '-_.')");
    }
    return key;
  }

  /**
   * Returns {@code value} when it is a label or taint value (empty, or a qualified name of at most 63),
   * or throws naming {@code what}.
   */
  public static String requireQualifiedValue(String what, String value) {
    requireNonNull(value, what);
    if (!isLabelValue(value)) {
      throw new IllegalArgumentException(what + " is not a label value: '" + value
          + "' (at most 63 letters, digits and '-_.', starting and ending alphanumeric)");
    }
    return value;
  }

  /** Returns {@code key} when it is a label or annotation key ({@code [prefix/]name}), or throws naming the rule. */
  public static String requireLabelKey(String key) {
    requireNonNull(key, "key");
    if (!isLabelKey(key)) {
      throw new IllegalArgumentException("not a label key: '" + key + "' (an optional DNS-1123 subdomain and '/',"
          + " then at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric)");
    }
    return key;
  }

  /** Returns {@code value} when it is a value of label {@code key}, or throws naming the rule. */
  public static String requireLabelValue(String key, String value) {
    requireNonNull(value, "value");
    if (!isLabelValue(value)) {
      throw new IllegalArgumentException("not a value of label " + key + ": '" + value
          + "' (at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric)");
    }
    return value;
  }

  /**
   * Returns {@code key} when it can be a ConfigMap or Secret key (letters, digits, '-', '_' and '.', at
   * most 253, not {@code .} or {@code ..}), or throws.
   */
  public static String requireConfigKey(String what, String key) {
    requireNonNull(key, what);
    if (key.length() > 253 || !CONFIG_KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
      throw new IllegalArgumentException(what + " is not a valid key: '" + key
          + "' (letters, digits, '-', '_' and '.', at most 253)");
    }
    return key;
  }

  /**
   * Returns {@code path} when it is an absolute, normalized path on a node, or throws naming {@code what}:
   * it starts with {@code /}, has no empty, {@code .} or {@code ..} segment (so no {@code //} and no
   * trailing {@code /}), no control character, segments of at most 255 bytes and at most 4095 bytes in
   * all (Linux's {@code NAME_MAX} and {@code PATH_MAX}), and is well-formed text.
   */
  public static String requireAbsolutePath(String what, String path) {
    requireText(what, path);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        throw new IllegalArgumentException(what + " holds a control character U+"
            + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at index " + i);
      }
    }
    var segments = path.split("/", -1);
    boolean normalized = path.startsWith("/") && path.length() > 1;
    for (int i = 1; i < segments.length && normalized; i++) {
      normalized = !segments[i].isEmpty() && !segments[i].equals(".") && !segments[i].equals("..");
    }
    if (!normalized) {
      throw new IllegalArgumentException(what + " is not an absolute, normalized path: '" + path
          + "' (starts with '/', no empty, '.' or '..' segment, no trailing '/')");
    }
    for (String segment : segments) {
      if (segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
        throw new IllegalArgumentException(what + " has a segment longer than 255 bytes: '"
            + segment.substring(0, 20) + "...'");
      }
    }
    if (path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 4095) {
      throw new IllegalArgumentException(what + " is longer than 4095 bytes");
    }
    return path;
  }

  /**
   * Returns {@code path} when it is an absolute, normalized directory on a node, or throws naming
   * {@code what}: as {@link #requireAbsolutePath}, but {@code /} itself and one trailing {@code /} are
   * allowed, as Kubernetes and systemd take a directory.
   */
  public static String requireAbsoluteDirectory(String what, String path) {
    requireText(what, path);
    if (!path.equals("/")) {
      requireAbsolutePath(what, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
    return path;
  }

  /**
   * Returns {@code value} when it is well-formed UTF-16 text (no lone surrogate, which no file encoding
   * can hold), or throws naming {@code what}.
   */
  public static String requireText(String what, String value) {
    requireNonNull(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " is not text: a lone surrogate U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i);
      }
    }
    return value;
  }
}
