package dev.kubeforge.host;

/**
 * How dockerd secures its TCP hosts: {@code tls}, {@code tlsverify}, {@code tlscacert}, {@code tlscert}
 * and {@code tlskey} in {@code daemon.json}. Only {@link #verify} authenticates clients.
 *
 * @param enabled {@code tls}: the daemon speaks TLS
 * @param verify {@code tlsverify}: clients need a certificate signed by {@code caCert}
 * @param caCert {@code tlscacert}, or {@code null}
 * @param cert {@code tlscert}, or {@code null}
 * @param key {@code tlskey}, or {@code null}; a path on the host, never the key itself
 * @see <a href="https://docs.docker.com/engine/security/protect-access/">Docker: protect the daemon socket</a>
 */
public record DockerTls(boolean enabled, boolean verify, String caCert, String cert, String key) {

  public DockerTls {
    if (verify && !enabled) {
      throw new IllegalArgumentException("tlsverify needs tls");
    }
    if (enabled && (cert == null || key == null)) {
      throw new IllegalArgumentException("TLS needs the server's certificate and key paths");
    }
    if (verify && caCert == null) {
      throw new IllegalArgumentException("tlsverify needs the CA certificate path");
    }
    for (String path : new String[] {caCert, cert, key}) {
      if (path != null) {
        Directives.absolutePath("a TLS file", path);
      }
    }
  }

  /**
   * TLS with client verification: clients need a certificate signed by the CA at {@code caCert}. Renders
   * {@code tlsverify}, {@code tlscacert}, {@code tlscert} and {@code tlskey}.
   */
  public static DockerTls verify(String caCert, String cert, String key) {
    return new DockerTls(true, true, caCert, cert, key);
  }

  /**
   * TLS without client verification: traffic is encrypted, but anyone may connect. Renders {@code tls},
   * {@code tlscert} and {@code tlskey}; a TCP host still fails {@code docker-tcp-without-tls}.
   */
  public static DockerTls encryptOnly(String cert, String key) {
    return new DockerTls(true, false, null, cert, key);
  }

  /**
   * TLS explicitly off ({@code "tls": false}): recent dockerd releases refuse an unauthenticated TCP host
   * unless told so. A TCP host still fails {@code docker-tcp-without-tls} unless allowed with a reason.
   */
  public static DockerTls disabled() {
    return new DockerTls(false, false, null, null, null);
  }
}
