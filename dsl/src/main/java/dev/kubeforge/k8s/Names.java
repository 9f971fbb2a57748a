package dev.kubeforge.k8s;

import dev.kubeforge.core.KubernetesNames;
import java.util.regex.Pattern;

/** Kubernetes' rules for object names, label keys and values, checked where a name is given. */
final class Names {

  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private Names() {}

  /** Whether {@code name} is a DNS-1123 label: lowercase letters, digits and '-', at most 63. */
  static boolean isDns1123Label(String name) {
    return KubernetesNames.isDns1123Label(name);
  }

  /** Returns {@code name} when it is a DNS-1123 label, or throws naming the rule. */
  static String requireDns1123Label(String what, String name) {
    if (name == null) {
      throw new NullPointerException(what);
    }
    if (!isDns1123Label(name)) {
      throw new IllegalArgumentException(
          what + " is not a DNS-1123 label: '" + name + "' (lowercase letters, digits and '-', at most 63)");
    }
    return name;
  }

  /** Whether {@code name} is a DNS-1123 subdomain: labels joined by '.', at most 253. */
  static boolean isDns1123Subdomain(String name) {
    return KubernetesNames.isDns1123Subdomain(name);
  }

  /** Returns {@code name} when it is a DNS-1123 subdomain (labels joined by '.', at most 253), or throws. */
  static String requireDns1123Subdomain(String what, String name) {
    if (name == null) {
      throw new NullPointerException(what);
    }
    if (!isDns1123Subdomain(name)) {
      throw new IllegalArgumentException(what + " is not a DNS-1123 subdomain: '" + name
          + "' (lowercase letters, digits, '-' and '.', at most 253)");
    }
    return name;
  }

  /**
   * Returns {@code key} when it can be a ConfigMap or Secret key (letters, digits, '-', '_' and '.', at
   * most 253, not {@code .} or {@code ..}), or throws.
   */
  static String requireConfigKey(String what, String key) {
    if (key == null) {
      throw new NullPointerException(what);
    }
    if (key.length() > 253 || !CONFIG_KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
      throw new IllegalArgumentException(what + " is not a valid key: '" + key
          + "' (letters, digits, '-', '_' and '.', at most 253)");
    }
    return key;
  }
  /** Returns {@code key} when it is a label or annotation key ({@code [prefix/]name}), or throws naming the rule. */
  static String requireLabelKey(String key) {
    if (key == null) {
      throw new NullPointerException("key");
    }
    if (!KubernetesNames.isLabelKey(key)) {
      throw new IllegalArgumentException("not a label key: '" + key + "' (an optional DNS-1123 subdomain and '/',"
          + " then at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric)");
    }
    return key;
  }

  /** Returns {@code value} when it is a label value, or throws naming the rule. */
  static String requireLabelValue(String key, String value) {
    if (value == null) {
      throw new NullPointerException("value");
    }
    if (!KubernetesNames.isLabelValue(value)) {
      throw new IllegalArgumentException("not a value of label " + key + ": '" + value
          + "' (at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric)");
    }
    return value;
  }
}
