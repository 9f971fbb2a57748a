package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * A typed reference to a Secret, for {@code envFrom}, volumes, {@code imagePullSecrets} and TLS.
 * Obtained from {@code secret.ref()}. As an {@link ObjectVolume} it mounts into a pod:
 * {@code app.mountReadOnly("/etc/tls", secret.ref())}.
 *
 * @param namespace the Secret's namespace
 * @param name the Secret's name
 */
public record SecretRef(String namespace, String name) implements ObjectVolume {

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

  /** Always {@code Secret}. */
  @Override
  public String kind() {
    return "Secret";
  }

  /** Sets {@link #volumeSource()} on the pod's volume. */
  @Override
  public void describe(Volume volume) {
    volume.setSecret(volumeSource());
  }
}
