package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a node gets cri-dockerd, the CRI adapter a kubelet needs to run pods on Docker (dockershim left the
 * kubelet in 1.24). No Debian or Ubuntu repository ships it, so it is an explicit choice: a release
 * {@code .deb} of {@code Mirantis/cri-dockerd}, downloaded by the node's cloud-config, checked against its
 * SHA-256 and installed; its {@code cri-docker.socket} and {@code cri-docker.service} are then enabled, so
 * the kubelet's {@code unix:///run/cri-dockerd.sock} exists. Without it, {@code cri-dockerd-unavailable}
 * refuses such a node.
 *
 * <pre>{@code
 * HostProfile.named("docker", p -> p.docker(DockerDaemon.create()).kubelet(Kubelet.create())
 *     .criDockerd(CriDockerd.deb("https://github.com/Mirantis/cri-dockerd/releases/download/v0.3.16/"
 *         + "cri-dockerd_0.3.16.3-0.debian-bookworm_amd64.deb", "<sha256 of that file>")));
 * }</pre>
 *
 * @param url the {@code https} URL of the {@code .deb}
 * @param sha256 its SHA-256, 64 lowercase hex digits
 * @see <a href="https://github.com/Mirantis/cri-dockerd">cri-dockerd</a>
 */
public record CriDockerd(String url, String sha256) {

  /** Where the node keeps the downloaded package. */
  public static final String PACKAGE_PATH = "/var/cache/kubeforge/cri-dockerd.deb";

  private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?/[A-Za-z0-9._~%/+:=-]*\\.deb");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public CriDockerd {
    requireNonNull(url, "url");
    requireNonNull(sha256, "sha256");
    if (!URL.matcher(url).matches()) {
      throw new IllegalArgumentException("url is not an https URL of a .deb without query or spaces: '" + url + "'");
    }
    sha256 = sha256.toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 is not 64 hex digits: '" + sha256 + "'");
    }
  }

  /** The release {@code .deb} at {@code url} whose SHA-256 is {@code sha256}. */
  public static CriDockerd deb(String url, String sha256) {
    return new CriDockerd(url, sha256);
  }
}
