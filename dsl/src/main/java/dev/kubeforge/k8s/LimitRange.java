package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.LimitRangeSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defaults and bounds for the resources of each container in a namespace: containers that set no
 * requests or limits get the defaults, and larger or smaller ones are refused. Created with
 * {@code namespace.limitRange("name")}; maps to one {@code spec.limits[]} entry of type {@code Container}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/policy/limit-range/">Limit ranges</a>
 */
public final class LimitRange {

  private LimitRange() {}

  /** Builds a LimitRange; obtained from {@code namespace.limitRange("name")}. */
  public static final class Builder extends ObjectSettings<Builder, LimitRangeBuilder> {

    private Map<String, Quantity> defaultRequest;
    private Map<String, Quantity> defaultLimit;
    private Map<String, Quantity> min;
    private Map<String, Quantity> max;

    Builder(Scope parent, String namespace, String name) {
      super(parent, "limitRange", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets the requests of containers that set none ({@code defaultRequest}). Replaces any previous value. */
    public Builder defaultRequest(Cpu cpu, Size memory) {
      scope().ensureMutable();
      this.defaultRequest = quantities(cpu, memory);
      return this;
    }

    /** Sets the limits of containers that set none ({@code default}). Replaces any previous value. */
    public Builder defaultLimit(Cpu cpu, Size memory) {
      scope().ensureMutable();
      this.defaultLimit = quantities(cpu, memory);
      return this;
    }

    /** Sets the smallest requests a container may set ({@code min}). Replaces any previous value. */
    public Builder min(Cpu cpu, Size memory) {
      scope().ensureMutable();
      this.min = quantities(cpu, memory);
      return this;
    }

    /** Sets the largest limits a container may set ({@code max}). Replaces any previous value. */
    public Builder max(Cpu cpu, Size memory) {
      scope().ensureMutable();
      this.max = quantities(cpu, memory);
      return this;
    }

    List<KubeObject> expand() {
      var item = new LimitRangeItem();
      item.setType("Container");
      item.setDefaultRequest(defaultRequest);
      item.setDefault(defaultLimit);
      item.setMin(min);
      item.setMax(max);
      var spec = new LimitRangeSpec();
      spec.setLimits(new ArrayList<>(List.of(item)));
      var range = new io.fabric8.kubernetes.api.model.LimitRange();
      range.setMetadata(metadata());
      range.setSpec(spec);
      return List.of(object(range, LimitRangeBuilder::new, LimitRangeBuilder::build));
    }

    private static Map<String, Quantity> quantities(Cpu cpu, Size memory) {
      var map = new TreeMap<String, Quantity>();
      map.put("cpu", new Quantity(requireNonNull(cpu, "cpu").quantity()));
      map.put("memory", new Quantity(requireNonNull(memory, "memory").quantity()));
      return map;
    }
  }
}
