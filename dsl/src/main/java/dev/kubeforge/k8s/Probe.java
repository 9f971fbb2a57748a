package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.GRPCAction;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A health check run against a container: liveness, readiness or startup. Maps to {@code Probe} in the
 * Kubernetes container spec. Every timing is written to the output, defaults included.
 *
 * @param action what the probe does
 * @param initialDelay {@code initialDelaySeconds}; whole seconds
 * @param period {@code periodSeconds}; whole seconds, at least 1
 * @param timeout {@code timeoutSeconds}; whole seconds, at least 1
 * @param failureThreshold {@code failureThreshold}: failures in a row that make the container unhealthy
 * @param successThreshold {@code successThreshold}: successes in a row that make it healthy again; must
 *     be 1 for liveness and startup probes
 * @param terminationGracePeriod {@code terminationGracePeriodSeconds} for a failed liveness or startup
 *     probe, in place of the pod's; whole seconds, or {@code null} for the pod's
 * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/">Probes</a>
 */
public record Probe(
    ProbeAction action,
    Duration initialDelay,
    Duration period,
    Duration timeout,
    int failureThreshold,
    int successThreshold,
    Duration terminationGracePeriod) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Probe {
    requireNonNull(action, "action");
    seconds("initialDelay", initialDelay, 0);
    seconds("period", period, 1);
    seconds("timeout", timeout, 1);
    if (failureThreshold < 1) {
      throw new IllegalArgumentException("failureThreshold must be >= 1, was " + failureThreshold);
    }
    if (successThreshold < 1) {
      throw new IllegalArgumentException("successThreshold must be >= 1, was " + successThreshold);
    }
    if (terminationGracePeriod != null) {
      seconds("terminationGracePeriod", terminationGracePeriod, 1);
    }
  }

  /**
   * HTTP GET of {@code path} on a named container port. Defaults: no initial delay, period 10s, timeout
   * 1s, failureThreshold 3, successThreshold 1 (the Kubernetes defaults, written out).
   */
  public static Probe http(String path, String portName) {
    return of(new ProbeAction.HttpGet(path, PortRef.named(portName), false, Map.of()));
  }

  /** HTTP GET of {@code path} on a container port given by number. Defaults as {@link #http(String, String)}. */
  public static Probe http(String path, int port) {
    return of(new ProbeAction.HttpGet(path, PortRef.number(port), false, Map.of()));
  }

  /** HTTPS GET of {@code path} on a named container port (certificates are not verified). Defaults as {@link #http(String, String)}. */
  public static Probe https(String path, String portName) {
    return of(new ProbeAction.HttpGet(path, PortRef.named(portName), true, Map.of()));
  }

  /** HTTPS GET of {@code path} on a container port given by number. Defaults as {@link #http(String, String)}. */
  public static Probe https(String path, int port) {
    return of(new ProbeAction.HttpGet(path, PortRef.number(port), true, Map.of()));
  }

  /** A TCP connection to a named container port. Defaults as {@link #http(String, String)}. */
  public static Probe tcp(String portName) {
    return of(new ProbeAction.TcpSocket(PortRef.named(portName)));
  }

  /** A TCP connection to a container port given by number. Defaults as {@link #http(String, String)}. */
  public static Probe tcp(int port) {
    return of(new ProbeAction.TcpSocket(PortRef.number(port)));
  }

  /** A command run in the container, such as {@code exec("pg_isready", "-U", "postgres")}. Defaults as {@link #http(String, String)}. */
  public static Probe exec(String... command) {
    return of(new ProbeAction.Exec(List.of(command)));
  }

  /** A gRPC health check of the whole server on a port number. Defaults as {@link #http(String, String)}. */
  public static Probe grpc(int port) {
    return of(new ProbeAction.Grpc(port, ""));
  }

  /** A gRPC health check of one service on a port number. Defaults as {@link #http(String, String)}. */
  public static Probe grpc(int port, String service) {
    return of(new ProbeAction.Grpc(port, service));
  }

  /** Returns a copy with {@code initialDelaySeconds} set; whole seconds. */
  public Probe initialDelay(Duration delay) {
    return new Probe(action, delay, period, timeout, failureThreshold, successThreshold, terminationGracePeriod);
  }

  /** Returns a copy with {@code periodSeconds} set; whole seconds, at least 1. */
  public Probe period(Duration period) {
    return new Probe(action, initialDelay, period, timeout, failureThreshold, successThreshold, terminationGracePeriod);
  }

  /** Returns a copy with {@code timeoutSeconds} set; whole seconds, at least 1. */
  public Probe timeout(Duration timeout) {
    return new Probe(action, initialDelay, period, timeout, failureThreshold, successThreshold, terminationGracePeriod);
  }

  /** Returns a copy with {@code failureThreshold} set; at least 1. */
  public Probe failureThreshold(int threshold) {
    return new Probe(action, initialDelay, period, timeout, threshold, successThreshold, terminationGracePeriod);
  }

  /** Returns a copy with {@code successThreshold} set; at least 1, and only readiness probes may use more. */
  public Probe successThreshold(int threshold) {
    return new Probe(action, initialDelay, period, timeout, failureThreshold, threshold, terminationGracePeriod);
  }

  /**
   * Returns a copy with {@code terminationGracePeriodSeconds} set: how long a container whose liveness or
   * startup probe failed has to stop, in place of the pod's grace period; whole seconds, at least 1.
   */
  public Probe terminationGracePeriod(Duration period) {
    return new Probe(action, initialDelay, this.period, timeout, failureThreshold, successThreshold,
        requireNonNull(period, "period"));
  }

  /**
   * Returns a copy of this HTTP(S) probe that also sends the header {@code name} ({@code httpGet.httpHeaders[]}),
   * such as {@code Host}; replaces a header of that name.
   */
  public Probe httpHeader(String name, String value) {
    if (!(action instanceof ProbeAction.HttpGet http)) {
      throw new IllegalArgumentException("only an HTTP probe sends headers, this one is " + action);
    }
    return new Probe(http.header(name, value), initialDelay, period, timeout, failureThreshold, successThreshold,
        terminationGracePeriod);
  }

  private static Probe of(ProbeAction action) {
    return new Probe(action, Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(1), 3, 1, null);
  }

  private static void seconds(String what, Duration value, long min) {
    requireNonNull(value, what);
    if (value.getNano() != 0 || value.getSeconds() < min || value.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("probe " + what + " must be whole seconds, at least " + min + "s, was " + value);
    }
  }

  /** The fabric8 probe, built with setters. */
  io.fabric8.kubernetes.api.model.Probe expand() {
    var probe = new io.fabric8.kubernetes.api.model.Probe();
    // Java 17 has no pattern switch; the chain ends in an error so a new variant cannot pass silently.
    if (action instanceof ProbeAction.HttpGet http) {
      probe.setHttpGet(http.expand());
    } else if (action instanceof ProbeAction.TcpSocket tcp) {
      var socket = new TCPSocketAction();
      socket.setPort(tcp.port().intOrString());
      probe.setTcpSocket(socket);
    } else if (action instanceof ProbeAction.Exec exec) {
      probe.setExec(exec.expand());
    } else if (action instanceof ProbeAction.Grpc grpc) {
      var call = new GRPCAction();
      call.setPort(grpc.port());
      if (!grpc.service().isEmpty()) {
        call.setService(grpc.service());
      }
      probe.setGrpc(call);
    } else {
      throw new AssertionError("unhandled probe action " + action);
    }
    probe.setInitialDelaySeconds((int) initialDelay.getSeconds());
    probe.setPeriodSeconds((int) period.getSeconds());
    probe.setTimeoutSeconds((int) timeout.getSeconds());
    probe.setFailureThreshold(failureThreshold);
    probe.setSuccessThreshold(successThreshold);
    if (terminationGracePeriod != null) {
      probe.setTerminationGracePeriodSeconds(terminationGracePeriod.getSeconds());
    }
    return probe;
  }
}
