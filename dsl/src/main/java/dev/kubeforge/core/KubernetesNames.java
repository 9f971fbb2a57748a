package dev.kubeforge.core;

/**
 * Kubernetes' syntax rules for names, label keys and label values, in one place: the DSL checks them
 * where a name is written, and the checks apply them to objects added as is. Each method only answers
 * whether a text follows the rule; callers word the error for their context.
 *
 * <p>Plain loops rather than patterns: they run for every object of a cluster, in a cold JVM.
 */
public final class KubernetesNames {

  private KubernetesNames() {}

  /**
   * Whether {@code name} is a DNS-1123 label: 1 to 63 lowercase letters, digits and '-', starting and
   * ending with a letter or digit (namespace, Service and container names).
   */
  public static boolean isDns1123Label(String name) {
    return name != null && !name.isEmpty() && name.length() <= 63 && name.indexOf('.') < 0 && isDns1123Subdomain(name);
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
}
