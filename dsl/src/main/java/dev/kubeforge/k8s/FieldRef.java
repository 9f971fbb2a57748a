package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field of the pod exposed as an environment variable (the downward API). Maps to
 * {@code env[].valueFrom.fieldRef.fieldPath}.
 *
 * @param fieldPath the field, one of those Kubernetes supports for environment variables
 * @see <a href="https://kubernetes.io/docs/concepts/workloads/pods/downward-api/">Downward API</a>
 */
public record FieldRef(String fieldPath) implements EnvSource {

  // Before the constants, which the constructor checks against these.
  private static final Set<String> FIELDS = Set.of(
      "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
      "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs");
  private static final Pattern KEYED = Pattern.compile("metadata\\.(labels|annotations)\\['[^']+'\\]");

  /** The pod's name. */
  public static final FieldRef POD_NAME = new FieldRef("metadata.name");
  /** The pod's namespace. */
  public static final FieldRef POD_NAMESPACE = new FieldRef("metadata.namespace");
  /** The pod's UID. */
  public static final FieldRef POD_UID = new FieldRef("metadata.uid");
  /** The pod's primary IP address. */
  public static final FieldRef POD_IP = new FieldRef("status.podIP");
  /** The name of the node the pod runs on. */
  public static final FieldRef NODE_NAME = new FieldRef("spec.nodeName");
  /** The primary IP address of the node the pod runs on. */
  public static final FieldRef HOST_IP = new FieldRef("status.hostIP");
  /** The name of the pod's service account. */
  public static final FieldRef SERVICE_ACCOUNT = new FieldRef("spec.serviceAccountName");

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public FieldRef {
    requireNonNull(fieldPath, "fieldPath");
    if (!FIELDS.contains(fieldPath) && !KEYED.matcher(fieldPath).matches()) {
      throw new IllegalArgumentException("not a field the downward API exposes to env: '" + fieldPath
          + "' (one of " + new java.util.TreeSet<>(FIELDS) + ", metadata.labels['k'], metadata.annotations['k'])");
    }
  }

  /** The value of one of the pod's labels. */
  public static FieldRef label(String key) {
    return new FieldRef("metadata.labels['" + Names.requireLabelKey(key) + "']");
  }

  /** The value of one of the pod's annotations. */
  public static FieldRef annotation(String key) {
    return new FieldRef("metadata.annotations['" + Names.requireLabelKey(key) + "']");
  }
}
