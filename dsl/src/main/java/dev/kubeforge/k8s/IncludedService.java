package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Service of an included manifest, as the source of typed {@link ServicePort} references. Obtained from
 * {@code included.service("name")}, so it names a Service the manifest holds.
 *
 * @param origin the manifest the Service came from, for messages
 * @param namespace the namespace that includes it
 * @param name the Service's name
 * @param ports the Service's named ports and their numbers, sorted by name
 */
public record IncludedService(String origin, String namespace, String name, SortedMap<String, Integer> ports) {

  public IncludedService {
    requireNonNull(origin, "origin");
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    ports = Collections.unmodifiableSortedMap(new TreeMap<>(ports));
  }

  /**
   * The Service's port named {@code portName}, for an Ingress backend. Throws {@link IllegalArgumentException}
   * when the Service declares no port of that name.
   */
  public ServicePort port(String portName) {
    requireNonNull(portName, "portName");
    var number = ports.get(portName);
    if (number == null) {
      throw new IllegalArgumentException("Service '" + name + "' of " + origin + " has no port named '" + portName
          + "' (its named ports: " + (ports.isEmpty() ? "none" : String.join(", ", ports.keySet())) + ")");
    }
    return new ServicePort(namespace, name, portName, number);
  }
}
