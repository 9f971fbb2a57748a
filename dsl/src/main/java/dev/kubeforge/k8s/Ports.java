package dev.kubeforge.k8s;

import dev.kubeforge.core.Names;

/** Kubernetes' rules for port names and numbers, checked where a port is given. */
final class Ports {

  private Ports() {}

  /** Returns {@code name} when it is an IANA service name, or throws naming the rule. */
  static String requireName(String name) {
    if (name.length() > 15 || !Names.isDns1123Label(name) || name.contains("--")
        || name.chars().noneMatch(Character::isLetter)) {
      throw new IllegalArgumentException("port name is not an IANA service name: '" + name
          + "' (lowercase letters, digits and single '-', at least one letter, at most 15)");
    }
    return name;
  }

  /** Returns {@code number} when it is a port number, 1 to 65535, or throws naming what it is. */
  static int requireNumber(String what, int number) {
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException(what + " must be in 1..65535, was " + number);
    }
    return number;
  }
}
