package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of workloads that run a number of interchangeable replicas: Deployments ({@code app})
 * and StatefulSets ({@code statefulApp}).
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the workload's own object, for {@code customize}
 */
public abstract sealed class ReplicatedSettings<B extends ReplicatedSettings<B, F>, F> extends ServingSettings<B, F>
    permits App.Builder, StatefulApp.Builder {

  private int replicas = 1;
  private DisruptionBudget disruptionBudget;
  private Autoscaler autoscaler;

  ReplicatedSettings(Scope namespaceScope, String kind, String namespace, String name, boolean headlessService) {
    super(namespaceScope, kind, namespace, name, headlessService);
  }

  /** Sets {@code spec.replicas}. Defaults to 1. Replaces any previous value. */
  public B replicas(int replicas) {
    scope().ensureMutable();
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0, was " + replicas);
    }
    this.replicas = replicas;
    return self();
  }

  /**
   * Adds a {@code PodDisruptionBudget} named after the workload, selecting its pods, such as
   * {@code DisruptionBudget.minAvailable(PodCount.of(1))}. Defaults to none. Replaces any previous value.
   */
  public B disruptionBudget(DisruptionBudget budget) {
    scope().ensureMutable();
    this.disruptionBudget = requireNonNull(budget, "budget");
    return self();
  }

  /**
   * Adds a {@code HorizontalPodAutoscaler} named after the workload that scales it, such as
   * {@code Autoscaler.between(2, 10).cpuUtilization(70)}. Defaults to none. Replaces any previous value.
   */
  public B autoscale(Autoscaler autoscaler) {
    scope().ensureMutable();
    this.autoscaler = requireNonNull(autoscaler, "autoscaler");
    return self();
  }

  final int replicaCount() {
    return replicas;
  }

  /** The workload's own objects' kind, for the autoscaler's target: {@code Deployment} or {@code StatefulSet}. */
  abstract String workloadKind();

  /** The Service, disruption budget and autoscaler of the workload, as far as they exist. */
  @Override
  final List<KubeObject> companions() {
    var objects = super.companions();
    if (disruptionBudget != null) {
      var spec = new PodDisruptionBudgetSpec();
      spec.setSelector(labelSelector());
      if (disruptionBudget.minAvailable() != null) {
        spec.setMinAvailable(disruptionBudget.minAvailable().intOrString());
      } else {
        spec.setMaxUnavailable(disruptionBudget.maxUnavailable().intOrString());
      }
      var budget = new PodDisruptionBudget();
      budget.setMetadata(metadata(name()));
      budget.setSpec(spec);
      objects.add(new KubeObject(path().child("poddisruptionbudget", name()), budget));
    }
    if (autoscaler != null) {
      var target = new CrossVersionObjectReference();
      target.setApiVersion("apps/v1");
      target.setKind(workloadKind());
      target.setName(name());
      var spec = new HorizontalPodAutoscalerSpec();
      spec.setScaleTargetRef(target);
      spec.setMinReplicas(autoscaler.minReplicas());
      spec.setMaxReplicas(autoscaler.maxReplicas());
      var metrics = new ArrayList<MetricSpec>(2);
      if (autoscaler.cpuUtilization() > 0) {
        metrics.add(utilization("cpu", autoscaler.cpuUtilization()));
      }
      if (autoscaler.memoryUtilization() > 0) {
        metrics.add(utilization("memory", autoscaler.memoryUtilization()));
      }
      spec.setMetrics(metrics);
      var hpa = new HorizontalPodAutoscaler();
      hpa.setMetadata(metadata(name()));
      hpa.setSpec(spec);
      objects.add(new KubeObject(path().child("horizontalpodautoscaler", name()), hpa));
    }
    return objects;
  }

  private static MetricSpec utilization(String resource, int percent) {
    var target = new MetricTarget();
    target.setType("Utilization");
    target.setAverageUtilization(percent);
    var source = new ResourceMetricSource();
    source.setName(resource);
    source.setTarget(target);
    var metric = new MetricSpec();
    metric.setType("Resource");
    metric.setResource(source);
    return metric;
  }
}
