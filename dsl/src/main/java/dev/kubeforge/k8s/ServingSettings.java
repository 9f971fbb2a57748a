package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The settings of workloads that run until stopped and can be served by a Service: Deployments
 * ({@code app}), StatefulSets ({@code statefulApp}) and DaemonSets ({@code daemonApp}).
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the workload's own object, for {@code customize}
 */
public abstract sealed class ServingSettings<B extends ServingSettings<B, F>, F> extends PodSettings<B, F>
    permits ReplicatedSettings, DaemonApp.Builder {

  private final WorkloadService service;
  private Duration minReady = Duration.ZERO;
  private int revisionHistoryLimit = 10;
  private String updateStrategy = ROLLING_UPDATE;

  /** The update strategy every serving workload defaults to; its alternative is Recreate or OnDelete. */
  static final String ROLLING_UPDATE = "RollingUpdate";

  ServingSettings(Scope namespaceScope, String kind, String namespace, String name, boolean headlessService) {
    super(namespaceScope, kind, namespace, name);
    this.service = new WorkloadService(this, headlessService);
  }

  /**
   * The workload's Service: configure it ({@code .nodePort("http", 30080)}) or take typed port
   * references from it ({@code .port("http")}).
   */
  public WorkloadService service() {
    return service;
  }

  /** Configures the workload's Service in a lambda and returns the workload, for chaining. */
  public B service(Consumer<WorkloadService> settings) {
    requireNonNull(settings, "settings").accept(service);
    return self();
  }

  /**
   * Changes the expanded Service with fabric8's builder, after expansion and before checks run; the
   * same as {@code service().customize(..)}.
   */
  public B customizeService(Consumer<ServiceBuilder> customizer) {
    service.customize(customizer);
    return self();
  }

  /**
   * Sets {@code spec.minReadySeconds}: how long a new pod must be ready before it counts as available,
   * which slows a rollout down to catch pods that fail soon after start. Defaults to 0. Whole seconds.
   * Replaces any previous value.
   */
  public B minReady(Duration duration) {
    scope().ensureMutable();
    requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.getNano() != 0 || duration.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("minReadySeconds must be whole seconds >= 0, was " + duration);
    }
    this.minReady = duration;
    return self();
  }

  /**
   * Sets {@code spec.revisionHistoryLimit}: how many old revisions are kept for rollback. Defaults to
   * 10. Replaces any previous value.
   */
  public B revisionHistoryLimit(int limit) {
    scope().ensureMutable();
    if (limit < 0) {
      throw new IllegalArgumentException("revisionHistoryLimit must be >= 0, was " + limit);
    }
    this.revisionHistoryLimit = limit;
    return self();
  }

  /** The workload's own object (Deployment, StatefulSet, DaemonSet), customized. */
  abstract io.fabric8.kubernetes.api.model.HasMetadata workloadObject();

  /** The objects that come with the workload: its Service, when it has one. */
  List<KubeObject> companions() {
    var objects = new ArrayList<KubeObject>(3);
    if (service.exists()) {
      objects.add(service.expand());
    }
    return objects;
  }

  /** Expands the workload into its objects, customized. */
  final List<KubeObject> expand() {
    var objects = new ArrayList<KubeObject>(4);
    objects.add(new KubeObject(path(), workloadObject()));
    objects.addAll(companions());
    return objects;
  }

  /** Sets the update strategy's {@code type}: {@link #ROLLING_UPDATE} or the workload's alternative. Replaces. */
  final B updateStrategy(String type) {
    scope().ensureMutable();
    this.updateStrategy = type;
    return self();
  }

  /** The update strategy's {@code type}. */
  final String updateStrategy() {
    return updateStrategy;
  }

  /** Whether pods are replaced gradually, so the strategy has {@code rollingUpdate} settings. */
  final boolean rollsUpdates() {
    return updateStrategy.equals(ROLLING_UPDATE);
  }

  final int minReadySeconds() {
    return (int) minReady.getSeconds();
  }

  final int revisionHistory() {
    return revisionHistoryLimit;
  }
}
