package dev.kubeforge.k8s;

import java.util.regex.Pattern;

/** Kubernetes' rules for object names, checked where a name is given. */
final class Names {

  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private Names() {}

  /** Whether {@code name} is a DNS-1123 label: lowercase letters, digits and '-', at most 63. */
  static boolean isDns1123Label(String name) {
    return name.length() <= 63 && DNS_1123_LABEL.matcher(name).matches();
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
    return name.length() <= 253 && DNS_1123_SUBDOMAIN.matcher(name).matches();
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
}
