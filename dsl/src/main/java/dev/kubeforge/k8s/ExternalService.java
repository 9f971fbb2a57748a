package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Service that exists in the namespace by other means, such as a chart's {@code longhorn-frontend}, and
 * the ports it is known to expose: {@code ExternalService.named("longhorn-frontend").port(80)}. Declared
 * with {@code namespace.external(..)}, whose result gives Ingress backends by port name or number.
 *
 * @param name the Service's name
 * @param namedPorts the named ports and their numbers, sorted by name
 * @param unnamedPorts the ports known by number only, sorted
 */
public record ExternalService(String name, SortedMap<String, Integer> namedPorts, SortedSet<Integer> unnamedPorts)
    implements External {

  /** Checks the name and the ports; a value that breaks a rule throws {@link IllegalArgumentException}. */
  public ExternalService {
    Names.requireDns1123Label("service name", name);
    namedPorts = Collections.unmodifiableSortedMap(new TreeMap<>(namedPorts));
    unnamedPorts = Collections.unmodifiableSortedSet(new TreeSet<>(unnamedPorts));
    namedPorts.forEach((portName, number) -> Ports.requireNumber("port " + Ports.requireName(portName), number));
    unnamedPorts.forEach(number -> Ports.requireNumber("port", number));
  }

  /** The Service of that name, with no port known yet. */
  public static ExternalService named(String name) {
    return new ExternalService(name, new TreeMap<>(), new TreeSet<>());
  }

  /** Returns a copy that also exposes port {@code number} ({@code spec.ports[].port}), used by number. */
  public ExternalService port(int number) {
    var ports = new TreeSet<>(unnamedPorts);
    ports.add(Ports.requireNumber("port", number));
    return new ExternalService(name, namedPorts, ports);
  }

  /** Returns a copy that also exposes port {@code number} under {@code portName}, usable by either. */
  public ExternalService port(String portName, int number) {
    requireNonNull(portName, "portName");
    var ports = new TreeMap<>(namedPorts);
    if (ports.put(Ports.requireName(portName), number) != null) {
      throw new IllegalArgumentException("external Service " + name + " already lists port '" + portName + "'");
    }
    return new ExternalService(name, ports, unnamedPorts);
  }

  /** Always {@code Service}. */
  @Override
  public String kind() {
    return "Service";
  }

  /** Whether the Service is known to expose port {@code number}, named or not. */
  public boolean exposes(int number) {
    return unnamedPorts.contains(number) || namedPorts.containsValue(number);
  }

  /** The ports as messages list them: {@code http (80), 9500}, or {@code none}. */
  String describePorts() {
    var parts = new java.util.ArrayList<String>();
    namedPorts.forEach((portName, number) -> parts.add(portName + " (" + number + ")"));
    unnamedPorts.forEach(number -> parts.add(Integer.toString(number)));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
