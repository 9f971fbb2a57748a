package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.IpAddress;
import java.util.regex.Pattern;

/**
 * An address dockerd listens on: an entry of {@code hosts} in {@code daemon.json}. A TCP host without
 * {@link DockerTls#verify TLS verification} lets anyone who reaches it run containers as root on the host
 * ({@code docker-tcp-without-tls}).
 *
 * @param uri the address as dockerd reads it: {@code unix:///var/run/docker.sock}, {@code tcp://0.0.0.0:2376},
 *     {@code fd://}
 * @see <a href="https://docs.docker.com/engine/daemon/remote-access/">Docker: remote access</a>
 */
public record DockerHost(String uri) {

  private static final Pattern URI = Pattern.compile("unix:///\\S+|tcp://[^\\s/]+:[0-9]{1,5}|fd://[0-9]*");

  public DockerHost {
    requireNonNull(uri, "uri");
    if (!URI.matcher(uri).matches()) {
      throw new IllegalArgumentException("not a dockerd host: '" + uri
          + "' (unix:///path, tcp://address:port or fd://)");
    }
  }

  /** The unix socket at {@code path}, such as {@code /var/run/docker.sock}. */
  public static DockerHost unix(String path) {
    return new DockerHost("unix://" + Directives.absolutePath("socket path", path));
  }

  /**
   * TCP on {@code address} ({@code 0.0.0.0} or {@code ::} for every interface) and {@code port}: by
   * convention 2376 with TLS, 2375 without.
   */
  public static DockerHost tcp(IpAddress address, int port) {
    requireNonNull(address, "address");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be within 1..65535, was " + port);
    }
    var host = address.isV4() ? address.toString() : "[" + address + "]";
    return new DockerHost("tcp://" + host + ":" + port);
  }

  /** {@link #tcp(IpAddress, int)} with an IPv4 or IPv6 literal, such as {@code 0.0.0.0}. */
  public static DockerHost tcp(String address, int port) {
    return tcp(IpAddress.parse(address), port);
  }

  /** The sockets systemd passes in through socket activation ({@code docker.socket}). */
  public static DockerHost fd() {
    return new DockerHost("fd://");
  }

  /** Whether this is a TCP address. */
  public boolean isTcp() {
    return uri.startsWith("tcp://");
  }

  @Override
  public String toString() {
    return uri;
  }
}
