package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * An external Service declared in a namespace, the source of typed {@link ServicePort} references to it.
 * Obtained from {@code namespace.external(ExternalService.named(..)...)}.
 *
 * @param namespace the namespace the Service is in
 * @param service the declaration
 */
public record ExternalServiceRef(String namespace, ExternalService service) {

  public ExternalServiceRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(service, "service");
  }

  /**
   * The Service's port named {@code portName}, for an Ingress backend by name ({@code port.name}). Throws
   * {@link IllegalArgumentException} when the declaration lists no port of that name.
   */
  public ServicePort port(String portName) {
    requireNonNull(portName, "portName");
    var number = service.namedPorts().get(portName);
    if (number == null) {
      throw new IllegalArgumentException(notListed("'" + portName + "'"));
    }
    return new ServicePort(namespace, service.name(), portName, number);
  }

  /**
   * The Service's port {@code number}, for an Ingress backend by number ({@code port.number}). Throws
   * {@link IllegalArgumentException} when the declaration lists no such port.
   */
  public ServicePort port(int number) {
    if (!service.exposes(number)) {
      throw new IllegalArgumentException(notListed(Integer.toString(number)));
    }
    return new ServicePort(namespace, service.name(), null, number);
  }

  private String notListed(String port) {
    return "external Service " + service.name() + " in namespace " + namespace + " lists no port " + port
        + " (listed: " + service.describePorts() + "); add it with .port(..) where it is declared";
  }
}
