package dev.kubeforge.k8s;

/** The {@code type} of a Secret, which fixes the keys consumers look for. */
public enum SecretType {
  /** {@code Opaque}: any keys. */
  OPAQUE("Opaque"),
  /** {@code kubernetes.io/tls}: {@code tls.crt} and {@code tls.key}, PEM. */
  TLS("kubernetes.io/tls"),
  /** {@code kubernetes.io/dockerconfigjson}: {@code .dockerconfigjson}, registry logins for image pulls. */
  DOCKER_CONFIG_JSON("kubernetes.io/dockerconfigjson");

  private final String value;

  SecretType(String value) {
    this.value = value;
  }

  /** The value of the Secret's {@code type} field. */
  public String value() {
    return value;
  }
}
