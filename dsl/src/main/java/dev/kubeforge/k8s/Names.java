package dev.kubeforge.k8s;

import java.util.regex.Pattern;

/** Kubernetes' rules for object names, checked where a name is given. */
final class Names {

  private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

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
}
