package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import java.util.List;

/**
 * A scheduling priority: when the cluster is full, pods of a higher class preempt pods of lower ones.
 * Created with {@code cluster.priorityClass("name", value)}; pods run with it through {@link Builder#ref()}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/">Pod priority</a>
 */
public final class PriorityClass {

  /** The highest value a user-defined class may have; higher ones are reserved for system classes. */
  public static final int MAX_USER_VALUE = 1_000_000_000;

  private PriorityClass() {}

  /** Builds a PriorityClass; obtained from {@code cluster.priorityClass(..)}. */
  public static final class Builder extends ObjectSettings<Builder, PriorityClassBuilder> {

    private final int value;
    private boolean globalDefault;
    private boolean neverPreempt;
    private String description;

    Builder(Scope parent, String name, int value) {
      super(parent, "priorityClass", null, name);
      if (value > MAX_USER_VALUE) {
        throw new IllegalArgumentException("priority class " + name + " value must be <= " + MAX_USER_VALUE
            + " (higher values are reserved for system classes), was " + value);
      }
      if (name.startsWith("system-")) {
        throw new IllegalArgumentException("priority class names starting with 'system-' are reserved, was '" + name + "'");
      }
      this.value = value;
    }

    @Override
    Builder self() {
      return this;
    }

    int value() {
      return value;
    }

    /** A typed reference to the class, for {@code .priorityClass(..)} of workloads. */
    public PriorityClassRef ref() {
      return new PriorityClassRef.Declared(name());
    }

    /** Makes this the class of pods that name none ({@code globalDefault: true}). Defaults to false. */
    public Builder globalDefault() {
      scope().ensureMutable();
      this.globalDefault = true;
      return this;
    }

    /**
     * Lets pods of this class wait for room instead of evicting lower ones ({@code preemptionPolicy:
     * Never}). Defaults to {@code PreemptLowerPriority} (written out).
     */
    public Builder neverPreempt() {
      scope().ensureMutable();
      this.neverPreempt = true;
      return this;
    }

    /** Sets {@code description}, telling users when to use the class. Defaults to none. Replaces any previous value. */
    public Builder description(String description) {
      scope().ensureMutable();
      this.description = requireNonNull(description, "description");
      return this;
    }

    List<KubeObject> expand() {
      var priorityClass = new io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass();
      priorityClass.setMetadata(metadata());
      priorityClass.setValue(value);
      priorityClass.setGlobalDefault(globalDefault);
      priorityClass.setPreemptionPolicy(neverPreempt ? "Never" : "PreemptLowerPriority");
      priorityClass.setDescription(description);
      return List.of(object(priorityClass, PriorityClassBuilder::new, PriorityClassBuilder::build));
    }
  }
}
