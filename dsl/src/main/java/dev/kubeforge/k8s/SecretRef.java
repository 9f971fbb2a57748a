package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.SecretVolumeSource;

/**
 * A typed reference to a Secret, for {@code envFrom}, volumes, {@code imagePullSecrets} and TLS.
 * Obtained from {@code secret.ref()}.
 *
 * @param namespace the Secret's namespace
 * @param name the Secret's name
 */
public record SecretRef(String namespace, String name) {

  public SecretRef {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
  }

  /** The Secret as a pod volume: every key becomes a file of that name. */
  public SecretVolumeSource volumeSource() {
    var source = new SecretVolumeSource();
    source.setSecretName(name);
    return source;
  }
}
