package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;


/** The syntax rules for names and addresses of nodes, profiles, labels and taints, checked where they are given. */
public final class NameRules {

  private NameRules() {}

  /** Returns {@code name} when it is a DNS-1123 label (at most 63), or throws naming the rule. */
  public static String label(String what, String name) {
    requireNonNull(name, what);
    if (!KubernetesNames.isDns1123Label(name)) {
      throw new IllegalArgumentException(
          what + " is not a DNS-1123 label: '" + name + "' (lowercase letters, digits and '-', at most 63)");
    }
    return name;
  }

  /** Returns {@code name} when it is a DNS-1123 subdomain (at most 253), or throws naming the rule. */
  public static String subdomain(String what, String name) {
    requireNonNull(name, what);
    if (!KubernetesNames.isDns1123Subdomain(name)) {
      throw new IllegalArgumentException(what + " is not a DNS-1123 subdomain: '" + name
          + "' (lowercase letters, digits, '-' and '.', at most 253)");
    }
    return name;
  }

  /** Returns {@code key} when it is a Kubernetes label or taint key ({@code [prefix/]name}), or throws. */
  public static String key(String what, String key) {
    requireNonNull(key, what);
    if (!KubernetesNames.isLabelKey(key)) {
      throw new IllegalArgumentException(what + " is not a qualified name: '" + key
          + "' (an optional DNS subdomain and '/', then at most 63 letters, digits and '-_.')");
    }
    return key;
  }

  /** Returns {@code value} when it is a Kubernetes label or taint value (at most 63, may be empty), or throws. */
  public static String value(String what, String value) {
    requireNonNull(value, what);
    if (!KubernetesNames.isLabelValue(value)) {
      throw new IllegalArgumentException(what + " is not a label value: '" + value
          + "' (at most 63 letters, digits and '-_.', starting and ending alphanumeric)");
    }
    return value;
  }

  /** Throws unless an allowance's reason is given and not blank, as {@code Allowance} requires. */
  public static void reason(String checkId, String reason) {
    requireNonNull(checkId, "checkId");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "allow(\"" + checkId + "\", reason) needs a reason a reviewer can judge, was blank");
    }
  }
}
