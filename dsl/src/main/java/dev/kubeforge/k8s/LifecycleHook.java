package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.SleepAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the kubelet does right after a container starts ({@code postStart}) or before it is stopped
 * ({@code preStop}): a command, an HTTP GET or a pause. Maps to {@code LifecycleHandler}.
 *
 * @param action the command or HTTP GET, or {@code null} for a pause
 * @param sleep {@code sleep.seconds}, whole seconds, or {@code null} for an action
 * @see <a href="https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/">Container lifecycle hooks</a>
 */
public record LifecycleHook(ProbeAction action, Duration sleep) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public LifecycleHook {
    if ((action == null) == (sleep == null)) {
      throw new IllegalArgumentException("a lifecycle hook is an action or a sleep, was " + action + " and " + sleep);
    }
    if (action != null && !(action instanceof ProbeAction.HttpGet || action instanceof ProbeAction.Exec)) {
      throw new IllegalArgumentException("a lifecycle hook runs a command or an HTTP GET, not " + action);
    }
    if (sleep != null && (sleep.isNegative() || sleep.getNano() != 0)) {
      throw new IllegalArgumentException("a lifecycle hook's sleep is whole seconds, at least 0s, was " + sleep);
    }
  }

  /** Runs a command in the container ({@code exec.command}), such as {@code exec("nginx", "-s", "quit")}. */
  public static LifecycleHook exec(String... command) {
    return new LifecycleHook(new ProbeAction.Exec(List.of(command)), null);
  }

  /** HTTP GET of {@code path} on a container port given by number ({@code httpGet}). */
  public static LifecycleHook http(String path, int port) {
    return new LifecycleHook(new ProbeAction.HttpGet(path, PortRef.number(port), false, Map.of()), null);
  }

  /** HTTP GET of {@code path} on a named container port ({@code httpGet}). */
  public static LifecycleHook http(String path, String portName) {
    return new LifecycleHook(new ProbeAction.HttpGet(path, PortRef.named(portName), false, Map.of()), null);
  }

  /**
   * Waits ({@code sleep.seconds}), such as a {@code preStop} pause that lets load balancers drain the pod
   * before it gets {@code SIGTERM}.
   */
  public static LifecycleHook sleep(Duration duration) {
    return new LifecycleHook(null, requireNonNull(duration, "duration"));
  }

  LifecycleHandler expand() {
    var handler = new LifecycleHandler();
    if (action instanceof ProbeAction.HttpGet http) {
      handler.setHttpGet(http.expand());
    } else if (action instanceof ProbeAction.Exec exec) {
      handler.setExec(exec.expand());
    } else {
      handler.setSleep(new SleepAction(sleep.getSeconds()));
    }
    return handler;
  }
}
