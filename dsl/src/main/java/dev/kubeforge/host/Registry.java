package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How containerd reaches one registry: the file {@code <config_path>/<name>/hosts.toml} (by default
 * {@code /etc/containerd/certs.d/docker.io/hosts.toml}), with the registry's {@code server} and the hosts
 * tried before it, in order.
 *
 * <pre>{@code
 * Registry.named("docker.io").server("https://registry-1.docker.io")
 *     .host(RegistryHost.of("https://mirror.gcr.io").capabilities(RegistryCapability.PULL, RegistryCapability.RESOLVE))
 * }</pre>
 *
 * @param name the registry's host as images name it ({@code docker.io}, {@code registry.lan:5000}), or
 *     {@code _default} for every registry without a file of its own
 * @param server {@code server}: the registry's own URL, or {@code null} ({@code https://<name>})
 * @param hosts the {@code [host."<url>"]} tables, in the order containerd tries them
 * @see <a href="https://github.com/containerd/containerd/blob/main/docs/hosts.md">containerd: registry hosts</a>
 */
public record Registry(String name, String server, List<RegistryHost> hosts) {

  private static final Pattern NAME = Pattern.compile("_default|[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?");
  private static final Pattern SERVER = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?");

  public Registry {
    requireNonNull(name, "name");
    if (!NAME.matcher(name).matches() || name.length() > 253) {
      throw new IllegalArgumentException("name is not a registry host ('docker.io', 'registry.lan:5000') nor"
          + " '_default': '" + name + "'");
    }
    if (server != null && !SERVER.matcher(server).matches()) {
      throw new IllegalArgumentException("server is not an http(s) URL: '" + server + "'");
    }
    hosts = List.copyOf(hosts);
  }

  /** The registry images name as {@code name}, such as {@code docker.io}; nothing set. */
  public static Registry named(String name) {
    return new Registry(name, null, List.of());
  }

  /** Returns a copy with {@code server} set: the registry's own URL. Not set by default ({@code https://<name>}). */
  public Registry server(String url) {
    return new Registry(name, requireNonNull(url, "url"), hosts);
  }

  /** Returns a copy with a host added after the others: containerd tries hosts in order. A URL twice is refused. */
  public Registry host(RegistryHost host) {
    requireNonNull(host, "host");
    if (hosts.stream().anyMatch(h -> h.url().equals(host.url()))) {
      throw new IllegalArgumentException("registry " + name + " has host " + host.url() + " twice");
    }
    var all = new ArrayList<>(hosts);
    all.add(host);
    return new Registry(name, server, all);
  }
}
