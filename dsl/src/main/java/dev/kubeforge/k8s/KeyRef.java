package dev.kubeforge.k8s;

/**
 * A key of a ConfigMap or Secret, as an environment variable's source. Maps to
 * {@code env[].valueFrom.configMapKeyRef} or {@code secretKeyRef}.
 *
 * <p>This is the hook of the config layer: its typed key references (obtained from the ConfigMap and
 * Secret constructs) implement it, so {@code container.env("DB_PASSWORD", secret.key("password"))}
 * works without the workload layer knowing those constructs.
 */
public non-sealed interface KeyRef extends EnvSource {

  /** Whether the key is in a Secret ({@code secretKeyRef}) rather than a ConfigMap ({@code configMapKeyRef}). */
  boolean secret();

  /** The namespace of the ConfigMap or Secret; a pod reads only its own namespace's. */
  String namespace();

  /** The ConfigMap's or Secret's {@code metadata.name}. */
  String objectName();

  /** The key within its data. */
  String key();

  /** Whether the pod may start when the key is missing ({@code optional}). Defaults to false. */
  default boolean optional() {
    return false;
  }
}
