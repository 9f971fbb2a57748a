package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Size;
import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.ResourceQuotaSpec;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Caps what a namespace may consume in total: requested and limited CPU and memory, and object
 * counts. Created with {@code namespace.resourceQuota("name")}; maps to {@code spec.hard}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/policy/resource-quotas/">Resource quotas</a>
 */
public final class ResourceQuota {

  private static final Pattern RESOURCE = Pattern.compile("(count/)?[a-z][a-z0-9.-]*");

  private ResourceQuota() {}

  /** Builds a ResourceQuota; obtained from {@code namespace.resourceQuota("name")}. */
  public static final class Builder extends ObjectSettings<Builder, ResourceQuotaBuilder> {

    private final TreeMap<String, String> hard = new TreeMap<>();

    Builder(Scope parent, String namespace, String name) {
      super(parent, "resourceQuota", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Caps the sum of the pods' requests ({@code requests.cpu}, {@code requests.memory}). Replaces previous caps. */
    public Builder requests(Cpu cpu, Size memory) {
      return put("requests.cpu", requireNonNull(cpu, "cpu").quantity())
          .put("requests.memory", requireNonNull(memory, "memory").quantity());
    }

    /** Caps the sum of the pods' limits ({@code limits.cpu}, {@code limits.memory}). Replaces previous caps. */
    public Builder limits(Cpu cpu, Size memory) {
      return put("limits.cpu", requireNonNull(cpu, "cpu").quantity())
          .put("limits.memory", requireNonNull(memory, "memory").quantity());
    }

    /** Caps the number of pods that are not finished ({@code pods}). Replaces a previous cap. */
    public Builder pods(int max) {
      return objects("pods", max);
    }

    /**
     * Caps the number of objects of a resource, such as {@code services}, {@code services.nodeports} or
     * {@code count/deployments.apps}. Replaces a previous cap of that resource.
     */
    public Builder objects(String resource, int max) {
      requireNonNull(resource, "resource");
      if (!RESOURCE.matcher(resource).matches()) {
        throw new IllegalArgumentException("not a quota resource name: '" + resource
            + "' (such as services or count/deployments.apps)");
      }
      if (max < 0) {
        throw new IllegalArgumentException("quota of " + resource + " must be >= 0, was " + max);
      }
      return put(resource, Integer.toString(max));
    }

    private Builder put(String resource, String quantity) {
      scope().ensureMutable();
      hard.put(resource, quantity);
      return this;
    }

    List<KubeObject> expand() {
      var spec = new ResourceQuotaSpec();
      var quantities = new TreeMap<String, Quantity>();
      hard.forEach((resource, quantity) -> quantities.put(resource, new Quantity(quantity)));
      spec.setHard(quantities);
      var quota = new io.fabric8.kubernetes.api.model.ResourceQuota();
      quota.setMetadata(metadata());
      quota.setSpec(spec);
      return List.of(object(quota, ResourceQuotaBuilder::new, ResourceQuotaBuilder::build));
    }
  }
}
