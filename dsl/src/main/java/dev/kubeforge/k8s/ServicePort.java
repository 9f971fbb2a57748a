package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a port of a Service in the cluster, by name or by number. Obtained from
 * {@code app.service().port("http")} or {@code .port(80)}, so it always names a port the app declares, or
 * from a Service declared {@code namespace.external(..)}, so it names a port that declaration lists.
 *
 * @param namespace the Service's namespace
 * @param service the Service's name
 * @param portName the port's name, as declared with {@code App.Builder#port}, or {@code null} for a
 *     reference by number, which an Ingress then writes as {@code port.number}
 * @param port the port number the Service exposes
 */
public record ServicePort(String namespace, String service, String portName, int port) {

  public ServicePort {
    requireNonNull(namespace, "namespace");
    requireNonNull(service, "service");
    Ports.requireNumber("service port", port);
  }

  /** Whether the reference is by name ({@code port.name} in an Ingress backend) rather than by number. */
  public boolean isNamed() {
    return portName != null;
  }
}
