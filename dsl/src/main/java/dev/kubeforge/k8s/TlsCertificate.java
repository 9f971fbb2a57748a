package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.secret.SecretValue;

/**
 * The certificate an Ingress serves its TLS hosts with: an existing {@code kubernetes.io/tls} Secret, or
 * a certificate and key from {@link SecretValue}s, which Kubeforge turns into such a Secret in the
 * secrets output.
 */
public sealed interface TlsCertificate permits TlsCertificate.FromSecret, TlsCertificate.FromPem {

  /**
   * A TLS Secret that exists in the cluster or is created elsewhere (by cert-manager, or
   * {@code kubectl create secret tls} as in the seed), by name, in the Ingress's namespace.
   */
  static FromSecret fromSecret(String secretName) {
    return new FromSecret(secretName);
  }

  /** A TLS Secret declared in the definition with {@code namespace.secret(..).tls(..)}. */
  static FromSecret fromSecret(SecretRef secret) {
    return new FromSecret(requireNonNull(secret, "secret").name());
  }

  /**
   * A PEM certificate chain and private key; the Ingress gets a {@code kubernetes.io/tls} Secret named
   * {@code <ingress>-tls} in the secrets output.
   */
  static FromPem fromPem(SecretValue certificate, SecretValue privateKey) {
    return new FromPem(certificate, privateKey);
  }

  /**
   * An existing Secret.
   *
   * @param secretName the Secret's name, in the Ingress's namespace
   */
  record FromSecret(String secretName) implements TlsCertificate {

    public FromSecret {
      Names.requireDns1123Subdomain("TLS secret name", secretName);
    }
  }

  /**
   * A certificate and key from secret sources.
   *
   * @param certificate the PEM certificate chain
   * @param privateKey the PEM private key
   */
  record FromPem(SecretValue certificate, SecretValue privateKey) implements TlsCertificate {

    public FromPem {
      requireNonNull(certificate, "certificate");
      requireNonNull(privateKey, "privateKey");
    }
  }
}
