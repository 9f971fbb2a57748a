package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;

/**
 * A stateless application: a Deployment of interchangeable replicas, a Service in front of its named
 * ports, and optionally a PodDisruptionBudget and a HorizontalPodAutoscaler. Created with
 * {@code namespace.app("name")}.
 *
 * <pre>{@code
 * web.app("site")
 *     .image("nginx:1.27.3")
 *     .port("http", 8080)
 *     .replicas(3)
 *     .rollingUpdate(PodCount.of(1), PodCount.of(0))
 *     .readiness(Probe.http("/healthz", "http"))
 *     .limits(Cpu.millis(500), Size.mib(256));
 * }</pre>
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/deployment/">Deployment</a>
 */
public final class App {

  /** The label that ties an app's objects together and selects its pods. */
  public static final String NAME_LABEL = PodSettings.NAME_LABEL;

  private App() {}

  /** Builds an app; obtained from {@code namespace.app("name")}. */
  public static final class Builder extends ReplicatedSettings<Builder, DeploymentBuilder> {

    private PodCount maxSurge = PodCount.percent(25);
    private PodCount maxUnavailable = PodCount.percent(25);

    Builder(Scope parent, String namespace, String name) {
      super(parent, "app", namespace, name, false);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    String workloadKind() {
      return "Deployment";
    }

    /**
     * Replaces pods gradually ({@code strategy.type: RollingUpdate}): at most {@code maxSurge} pods above
     * the desired replicas and at most {@code maxUnavailable} below, during a rollout. The default, with
     * 25% and 25% (written out). Replaces any previous strategy.
     */
    public Builder rollingUpdate(PodCount maxSurge, PodCount maxUnavailable) {
      scope().ensureMutable();
      requireNonNull(maxSurge, "maxSurge");
      requireNonNull(maxUnavailable, "maxUnavailable");
      if (maxSurge.isZero() && maxUnavailable.isZero()) {
        throw new IllegalArgumentException("maxSurge and maxUnavailable cannot both be 0: the rollout could not progress");
      }
      this.maxSurge = maxSurge;
      this.maxUnavailable = maxUnavailable;
      return updateStrategy(ROLLING_UPDATE);
    }

    /**
     * Stops every old pod before starting new ones ({@code strategy.type: Recreate}), for apps that
     * cannot run two versions at once. Replaces any previous strategy.
     */
    public Builder recreate() {
      return updateStrategy("Recreate");
    }

    @Override
    Deployment workloadObject() {
      return customized(deployment(), DeploymentBuilder::new, DeploymentBuilder::build);
    }

    private Deployment deployment() {
      var strategy = new DeploymentStrategy();
      strategy.setType(updateStrategy());
      if (rollsUpdates()) {
        var rolling = new RollingUpdateDeployment();
        rolling.setMaxSurge(maxSurge.intOrString());
        rolling.setMaxUnavailable(maxUnavailable.intOrString());
        strategy.setRollingUpdate(rolling);
      }
      var spec = new DeploymentSpec();
      spec.setReplicas(replicaCount());
      spec.setSelector(labelSelector());
      spec.setStrategy(strategy);
      spec.setMinReadySeconds(minReadySeconds());
      spec.setRevisionHistoryLimit(revisionHistory());
      spec.setTemplate(podTemplate());
      var deployment = new Deployment();
      deployment.setMetadata(metadata(name()));
      deployment.setSpec(spec);
      return deployment;
    }
  }
}
