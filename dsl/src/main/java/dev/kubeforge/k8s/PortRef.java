package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * A container port, by the name it was declared with ({@code port("http", 8080)}) or by number: what a
 * probe or a network policy rule targets. Names are preferred; a number is for ports a container
 * listens on without declaring them.
 *
 * @param name the port's name, or {@code null} when given by number
 * @param number the port's number, or 0 when given by name
 */
public record PortRef(String name, int number) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public PortRef {
    if (name == null) {
      Ports.requireNumber("port", number);
    } else if (number != 0) {
      throw new IllegalArgumentException("a port is given by name or by number, not both: '" + name + "' " + number);
    } else {
      Ports.requireName(name);
    }
  }

  /** The container port declared with that name. */
  public static PortRef named(String name) {
    requireNonNull(name, "name");
    return new PortRef(name, 0);
  }

  /** The container port with that number, 1 to 65535. */
  public static PortRef number(int number) {
    return new PortRef(null, number);
  }

  /** Whether the port is given by name. */
  public boolean isNamed() {
    return name != null;
  }

  IntOrString intOrString() {
    return isNamed() ? new IntOrString(name) : new IntOrString(number);
  }

  /** The name in quotes, or the number: {@code 'http'} or {@code 8080}. */
  @Override
  public String toString() {
    return isNamed() ? "'" + name + "'" : Integer.toString(number);
  }
}
