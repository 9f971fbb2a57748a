package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

/**
 * A typed reference to a named port of a Service in the cluster. Obtained from
 * {@code app.service().port("http")}, so it always names a port the app declares.
 *
 * @param namespace the Service's namespace
 * @param service the Service's name
 * @param portName the port's name, as declared with {@code App.Builder#port}
 * @param port the port number the Service exposes
 */
public record ServicePort(String namespace, String service, String portName, int port) {

  public ServicePort {
    requireNonNull(namespace, "namespace");
    requireNonNull(service, "service");
    requireNonNull(portName, "portName");
  }
}
