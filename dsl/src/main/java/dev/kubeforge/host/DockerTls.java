package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;

/**
 * How dockerd secures its TCP hosts: {@code tls}, {@code tlsverify}, {@code tlscacert}, {@code tlscert}
 * and {@code tlskey} in {@code daemon.json}. Only {@link #verify} authenticates clients.
 *
 * <p>The certificates and the key are {@link SecretValue}s, read when generating: every node of the
 * profile gets them as files under {@code /etc/docker/tls/} from its user-data ({@link #files()}), which
 * holds a placeholder in the reviewable output and the value only in the secrets output. One server
 * certificate serves every node of the profile, so it names each node's address the clients dial
 * (its {@code subjectAltName}).
 *
 * @param enabled {@code tls}: the daemon speaks TLS
 * @param verify {@code tlsverify}: clients need a certificate signed by {@code caCert}
 * @param caCert the CA certificate (PEM) that signs the clients' certificates, or {@code null}
 * @param cert the server's certificate (PEM), or {@code null}
 * @param key the server's private key (PEM), or {@code null}
 * @see <a href="https://docs.docker.com/engine/security/protect-access/">Docker: protect the daemon socket</a>
 */
public record DockerTls(boolean enabled, boolean verify, SecretValue caCert, SecretValue cert, SecretValue key) {

  /** Where every node gets {@code caCert} ({@code tlscacert}). */
  public static final String CA_CERT_PATH = "/etc/docker/tls/ca.pem";
  /** Where every node gets {@code cert} ({@code tlscert}). */
  public static final String CERT_PATH = "/etc/docker/tls/server-cert.pem";
  /** Where every node gets {@code key} ({@code tlskey}), readable by root only. */
  public static final String KEY_PATH = "/etc/docker/tls/server-key.pem";

  public DockerTls {
    if (verify && !enabled) {
      throw new IllegalArgumentException("tlsverify needs tls");
    }
    if (enabled) {
      requireNonNull(cert, "cert");
      requireNonNull(key, "key");
    }
    if (verify) {
      requireNonNull(caCert, "caCert");
    }
  }

  /**
   * TLS with client verification: clients need a certificate signed by {@code caCert}. Renders
   * {@code tlsverify}, {@code tlscacert}, {@code tlscert} and {@code tlskey}; serve it on port 2376.
   */
  public static DockerTls verify(SecretValue caCert, SecretValue cert, SecretValue key) {
    return new DockerTls(true, true, requireNonNull(caCert, "caCert"), cert, key);
  }

  /**
   * TLS without client verification: traffic is encrypted, but anyone may connect. Renders {@code tls},
   * {@code tlscert} and {@code tlskey}; a TCP host still fails {@code docker-tcp-without-tls}.
   */
  public static DockerTls encryptOnly(SecretValue cert, SecretValue key) {
    return new DockerTls(true, false, null, cert, key);
  }

  /**
   * TLS explicitly off ({@code "tls": false}): recent dockerd releases refuse an unauthenticated TCP host
   * unless told so. A TCP host still fails {@code docker-tcp-without-tls} unless allowed with a reason.
   */
  public static DockerTls disabled() {
    return new DockerTls(false, false, null, null, null);
  }

  /** The files dockerd reads, in the order CA certificate, certificate, key; none when TLS is off. */
  public List<TlsFile> files() {
    var files = new ArrayList<TlsFile>(3);
    if (caCert != null) {
      files.add(new TlsFile("tlscacert", CA_CERT_PATH, caCert, "0644"));
    }
    if (cert != null) {
      files.add(new TlsFile("tlscert", CERT_PATH, cert, "0644"));
    }
    if (key != null) {
      files.add(new TlsFile("tlskey", KEY_PATH, key, "0600"));
    }
    return List.copyOf(files);
  }

  /**
   * One file of dockerd's TLS material on the node, owned by {@code root:root}.
   *
   * @param option the {@code daemon.json} key that names it, such as {@code tlskey}
   * @param path the absolute path on the node
   * @param content what it holds
   * @param permissions its mode: {@code 0600} for the key, {@code 0644} for certificates
   */
  public record TlsFile(String option, String path, SecretValue content, String permissions) {
    public TlsFile {
      requireNonNull(option, "option");
      requireNonNull(path, "path");
      requireNonNull(content, "content");
      requireNonNull(permissions, "permissions");
    }
  }
}
