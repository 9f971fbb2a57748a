package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDaemonSet;

/**
 * A node-level daemon: a DaemonSet that runs one pod on every node its scheduling settings allow, such
 * as a log shipper or a metrics exporter, and a Service when its container declares a port. Created
 * with {@code namespace.daemonApp("name")}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/">DaemonSet</a>
 */
public final class DaemonApp {

  private DaemonApp() {}

  /** Builds a daemon app; obtained from {@code namespace.daemonApp("name")}. */
  public static final class Builder extends ServingSettings<Builder, DaemonSetBuilder> {

    private PodCount maxSurge = PodCount.of(0);
    private PodCount maxUnavailable = PodCount.of(1);

    Builder(Scope parent, String namespace, String name) {
      super(parent, "daemonApp", namespace, name, false);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Replaces the pods node by node ({@code updateStrategy.type: RollingUpdate}): at most
     * {@code maxSurge} nodes run an old and a new pod at once, at most {@code maxUnavailable} nodes run
     * none. The default, with 0 and 1 (written out). Replaces any previous strategy.
     */
    public Builder rollingUpdate(PodCount maxSurge, PodCount maxUnavailable) {
      scope().ensureMutable();
      requireNonNull(maxSurge, "maxSurge");
      requireNonNull(maxUnavailable, "maxUnavailable");
      if (maxSurge.isZero() == maxUnavailable.isZero()) {
        throw new IllegalArgumentException("a DaemonSet rollout needs exactly one of maxSurge and maxUnavailable"
            + " above 0, was " + maxSurge + " and " + maxUnavailable);
      }
      this.maxSurge = maxSurge;
      this.maxUnavailable = maxUnavailable;
      return updateStrategy(ROLLING_UPDATE);
    }

    /** Updates a node's pod only when it is deleted by hand ({@code updateStrategy.type: OnDelete}). Replaces any previous strategy. */
    public Builder onDelete() {
      return updateStrategy("OnDelete");
    }

    @Override
    DaemonSet workloadObject() {
      return customized(daemonSet(), DaemonSetBuilder::new, DaemonSetBuilder::build);
    }

    private DaemonSet daemonSet() {
      var strategy = new DaemonSetUpdateStrategy();
      strategy.setType(updateStrategy());
      if (rollsUpdates()) {
        var rolling = new RollingUpdateDaemonSet();
        rolling.setMaxSurge(maxSurge.intOrString());
        rolling.setMaxUnavailable(maxUnavailable.intOrString());
        strategy.setRollingUpdate(rolling);
      }
      var spec = new DaemonSetSpec();
      spec.setSelector(labelSelector());
      spec.setUpdateStrategy(strategy);
      spec.setMinReadySeconds(minReadySeconds());
      spec.setRevisionHistoryLimit(revisionHistory());
      spec.setTemplate(podTemplate());
      var daemonSet = new DaemonSet();
      daemonSet.setMetadata(metadata(name()));
      daemonSet.setSpec(spec);
      return daemonSet;
    }
  }
}
