package dev.kubeforge.host;

/**
 * The proxies dockerd uses to pull images: {@code proxies} in {@code daemon.json} (Docker 23 and later),
 * the typed form of the {@code HTTP_PROXY} environment the seed set in the service's drop-in.
 *
 * @param httpProxy {@code http-proxy}, or {@code null}
 * @param httpsProxy {@code https-proxy}, or {@code null}
 * @param noProxy {@code no-proxy}: comma-separated hosts reached directly, or {@code null}
 * @see <a href="https://docs.docker.com/engine/daemon/proxy/">Docker: daemon proxy configuration</a>
 */
public record DockerProxies(String httpProxy, String httpsProxy, String noProxy) {

  public DockerProxies {
    for (String url : new String[] {httpProxy, httpsProxy}) {
      if (url != null && !url.matches("(https?|socks5)://\\S+")) {
        throw new IllegalArgumentException("a proxy is an http://, https:// or socks5:// URL, was '" + url + "'");
      }
    }
    if (noProxy != null && (noProxy.isBlank() || noProxy.contains(" "))) {
      throw new IllegalArgumentException("no-proxy is a comma-separated list without spaces, was '" + noProxy + "'");
    }
  }
}
