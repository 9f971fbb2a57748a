package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What a {@link Probe} does to decide whether a container is healthy. Maps to the handler fields of {@code Probe}. */
public sealed interface ProbeAction permits ProbeAction.HttpGet, ProbeAction.TcpSocket, ProbeAction.Exec,
    ProbeAction.Grpc {

  /** An HTTP header name: an RFC 9110 token. */
  Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * An HTTP GET; any status from 200 to 399 is healthy. Maps to {@code httpGet}.
   *
   * @param path the request path, starting with {@code /}
   * @param port the container port to call
   * @param https whether to call with HTTPS ({@code scheme: HTTPS}) instead of HTTP
   * @param headers request headers ({@code httpHeaders[]}) by name, sorted
   */
  record HttpGet(String path, PortRef port, boolean https, Map<String, String> headers) implements ProbeAction {
    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public HttpGet {
      requireNonNull(path, "path");
      requireNonNull(port, "port");
      headers = Collections.unmodifiableSortedMap(new TreeMap<>(headers));
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("an HTTP probe path starts with '/', was '" + path + "'");
      }
    }

    /** Returns a copy that also sends header {@code name}; replaces a header of that name. */
    HttpGet header(String name, String value) {
      if (!HEADER_NAME.matcher(requireNonNull(name, "name")).matches()) {
        throw new IllegalArgumentException("not an HTTP header name: '" + name + "'");
      }
      Names.requireText("header " + name + " value", value);
      var all = new TreeMap<>(headers);
      all.put(name, value);
      return new HttpGet(path, port, https, all);
    }

    HTTPGetAction expand() {
      var get = new HTTPGetAction();
      get.setPath(path);
      get.setPort(port.intOrString());
      get.setScheme(https ? "HTTPS" : "HTTP");
      var list = new ArrayList<HTTPHeader>(headers.size());
      headers.forEach((name, value) -> list.add(new HTTPHeader(name, value)));
      get.setHttpHeaders(list);
      return get;
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

    ExecAction expand() {
      var exec = new ExecAction();
      exec.setCommand(new ArrayList<>(command));
      return exec;
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
