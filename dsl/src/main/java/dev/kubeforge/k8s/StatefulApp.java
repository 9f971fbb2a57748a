package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateStatefulSetStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;
import java.util.ArrayList;

/**
 * A stateful application: a StatefulSet whose pods have stable names ({@code mysql-0}, {@code mysql-1})
 * and, through claim templates, their own volumes; and the headless Service that governs the pods' DNS
 * names ({@code mysql-0.mysql.<namespace>.svc}). Created with {@code namespace.statefulApp("name")}.
 *
 * <p>Mounting a {@link ClaimTemplateVolume} adds it to {@code spec.volumeClaimTemplates}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/">StatefulSet</a>
 */
public final class StatefulApp {

  private StatefulApp() {}

  /** How a StatefulSet starts and stops its pods. Maps to {@code spec.podManagementPolicy}. */
  public enum PodManagement {
    /** One pod at a time, in order, each waiting for the previous one to be ready. The default. */
    ORDERED_READY("OrderedReady"),
    /** All pods at once, for apps whose members do not depend on each other's start order. */
    PARALLEL("Parallel");

    private final String value;

    PodManagement(String value) {
      this.value = value;
    }

    /** The value Kubernetes writes. */
    public String value() {
      return value;
    }
  }

  /** Builds a stateful app; obtained from {@code namespace.statefulApp("name")}. */
  public static final class Builder extends ReplicatedSettings<Builder, StatefulSetBuilder> {

    private PodManagement podManagement = PodManagement.ORDERED_READY;
    private int partition;

    Builder(Scope parent, String namespace, String name) {
      super(parent, "statefulApp", namespace, name, true);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    String workloadKind() {
      return "StatefulSet";
    }

    @Override
    boolean acceptsClaimTemplates() {
      return true;
    }

    /** Sets {@code spec.podManagementPolicy}. Defaults to {@link PodManagement#ORDERED_READY}. Replaces any previous value. */
    public Builder podManagement(PodManagement policy) {
      scope().ensureMutable();
      this.podManagement = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Updates pods one at a time from the highest ordinal down ({@code updateStrategy.type:
     * RollingUpdate}), leaving pods with an ordinal below {@code partition} on the old revision, for
     * canaries. The default, with partition 0 (written out). Replaces any previous strategy.
     */
    public Builder rollingUpdate(int partition) {
      scope().ensureMutable();
      if (partition < 0) {
        throw new IllegalArgumentException("partition must be >= 0, was " + partition);
      }
      this.partition = partition;
      return updateStrategy(ROLLING_UPDATE);
    }

    /**
     * Updates a pod only when it is deleted by hand ({@code updateStrategy.type: OnDelete}). Replaces any
     * previous strategy.
     */
    public Builder onDelete() {
      return updateStrategy("OnDelete");
    }

    @Override
    StatefulSet workloadObject() {
      return customized(statefulSet(), StatefulSetBuilder::new, StatefulSetBuilder::build);
    }

    private StatefulSet statefulSet() {
      var strategy = new StatefulSetUpdateStrategy();
      strategy.setType(updateStrategy());
      if (rollsUpdates()) {
        var rolling = new RollingUpdateStatefulSetStrategy();
        rolling.setPartition(partition);
        strategy.setRollingUpdate(rolling);
      }
      var spec = new StatefulSetSpec();
      spec.setServiceName(name());
      spec.setReplicas(replicaCount());
      spec.setSelector(labelSelector());
      spec.setPodManagementPolicy(podManagement.value());
      spec.setUpdateStrategy(strategy);
      spec.setMinReadySeconds(minReadySeconds());
      spec.setRevisionHistoryLimit(revisionHistory());
      spec.setTemplate(podTemplate());
      var templates = new ArrayList<PersistentVolumeClaim>();
      for (ClaimTemplateVolume template : claimTemplates()) {
        templates.add(template.claimTemplate());
      }
      spec.setVolumeClaimTemplates(templates);
      var statefulSet = new StatefulSet();
      statefulSet.setMetadata(metadata(name()));
      statefulSet.setSpec(spec);
      return statefulSet;
    }
  }
}
