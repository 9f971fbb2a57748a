package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What a {@link Probe} does to decide whether a container is healthy. Maps to the handler fields of {@code Probe}. */
public sealed interface ProbeAction permits ProbeAction.HttpGet, ProbeAction.TcpSocket, ProbeAction.Exec,
    ProbeAction.Grpc {

  /**
   * An HTTP GET; any status from 200 to 399 is healthy. Maps to {@code httpGet}.
   *
   * @param path the request path, starting with {@code /}
   * @param port the container port to call
   * @param https whether to call with HTTPS ({@code scheme: HTTPS}) instead of HTTP
   */
  record HttpGet(String path, PortRef port, boolean https) implements ProbeAction {
    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public HttpGet {
      requireNonNull(path, "path");
      requireNonNull(port, "port");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("an HTTP probe path starts with '/', was '" + path + "'");
      }
    }
  }

  /**
   * A TCP connection; healthy when it opens. Maps to {@code tcpSocket}.
   *
   * @param port the container port to connect to
   */
  record TcpSocket(PortRef port) implements ProbeAction {
    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public TcpSocket {
      requireNonNull(port, "port");
    }
  }

  /**
   * A command run in the container; healthy when it exits with 0. Maps to {@code exec.command}.
   *
   * @param command the program and its arguments, not run through a shell
   */
  record Exec(List<String> command) implements ProbeAction {
    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public Exec {
      command = List.copyOf(command);
      if (command.isEmpty() || command.get(0).isBlank()) {
        throw new IllegalArgumentException("an exec probe needs a command, was " + command);
      }
    }
  }

  /**
   * A call of the gRPC health checking protocol. Maps to {@code grpc}; Kubernetes accepts only a port
   * number here, not a name.
   *
   * @param port the container port number
   * @param service the service name sent in the health check request, or an empty string for the server
   */
  record Grpc(int port, String service) implements ProbeAction {
    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public Grpc {
      Ports.requireNumber("gRPC probe port", port);
      requireNonNull(service, "service");
    }
  }
}
