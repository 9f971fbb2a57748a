package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;
import dev.kubeforge.core.CgroupDriver;

/**
 * containerd's configuration for the kubelet's CRI: {@code /etc/containerd/config.toml} of a host profile.
 * The file replaces the packaged one (Docker's containerd.io package ships one that disables the CRI
 * plugin), so the kubelet can use {@code unix:///run/containerd/containerd.sock}.
 *
 * <p>Config version 2 (the default) is read by containerd 1.x and 2.x; version 3 only by containerd 2.x,
 * with the CRI plugin split into {@code io.containerd.cri.v1.images} and {@code io.containerd.cri.v1.runtime}.
 * Both render the same settings at their own keys.
 *
 * @param version the config version, 2 or 3
 * @param cgroupDriver the runc runtime's cgroup driver: {@code SystemdCgroup = true} for
 *     {@link CgroupDriver#SYSTEMD}; must match the kubelet's ({@code cgroup-driver-mismatch})
 * @param sandboxImage the pause image of every pod, or {@code null} for containerd's default
 * @param registryConfigPath the directory of per-registry {@code hosts.toml} files, or {@code null}
 * @param snapshotter the snapshotter for Kubernetes images, or {@code null} (overlayfs)
 * @param root {@code root}: persistent data, or {@code null} ({@code /var/lib/containerd})
 * @param state {@code state}: runtime data, or {@code null} ({@code /run/containerd})
 * @see <a href="https://github.com/containerd/containerd/blob/main/docs/cri/config.md">containerd: CRI plugin config</a>
 */
public record Containerd(
    int version, CgroupDriver cgroupDriver, String sandboxImage, String registryConfigPath, Snapshotter snapshotter,
    String root, String state) {

  public Containerd {
    if (version != 2 && version != 3) {
      throw new IllegalArgumentException("containerd config version is 2 or 3, was " + version);
    }
    requireNonNull(cgroupDriver, "cgroupDriver");
  }

  /**
   * Config version 2 with the systemd cgroup driver ({@code SystemdCgroup = true}, as Kubernetes
   * recommends on systemd hosts); everything else at containerd's defaults.
   */
  public static Containerd create() {
    return new Containerd(2, CgroupDriver.SYSTEMD, null, null, null, null, null);
  }

  /** Returns a copy written as config {@code version} 2 (containerd 1.x and 2.x) or 3 (2.x only). Defaults to 2. */
  public Containerd configVersion(int version) {
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, root, state);
  }

  /** Returns a copy with the runc cgroup driver set ({@code SystemdCgroup}). Defaults to systemd. Replaces. */
  public Containerd cgroupDriver(CgroupDriver driver) {
    return new Containerd(version, driver, sandboxImage, registryConfigPath, snapshotter, root, state);
  }

  /**
   * Returns a copy with the pause image set, such as {@code registry.k8s.io/pause:3.10}
   * ({@code sandbox_image} in version 2, {@code pinned_images.sandbox} in version 3). Not set by default.
   */
  public Containerd sandboxImage(String image) {
    requireNonNull(image, "image");
    if (image.isBlank() || image.contains(" ")) {
      throw new IllegalArgumentException("not an image reference: '" + image + "'");
    }
    return new Containerd(version, cgroupDriver, image, registryConfigPath, snapshotter, root, state);
  }

  /**
   * Returns a copy with the registry {@code config_path} set, such as {@code /etc/containerd/certs.d}:
   * mirrors and credentials per registry, in {@code <host>/hosts.toml}. Not set by default.
   */
  public Containerd registryConfigPath(String path) {
    var checked = Directives.absolutePath("config_path", path);
    return new Containerd(version, cgroupDriver, sandboxImage, checked, snapshotter, root, state);
  }

  /** Returns a copy with the CRI snapshotter set. Not set by default (overlayfs). */
  public Containerd snapshotter(Snapshotter snapshotter) {
    requireNonNull(snapshotter, "snapshotter");
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, root, state);
  }

  /** Returns a copy with {@code root} set: where images and snapshots are kept. Not set by default. */
  public Containerd root(String path) {
    var checked = Directives.absolutePath("root", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, checked, state);
  }

  /** Returns a copy with {@code state} set: where runtime state is kept. Not set by default. */
  public Containerd state(String path) {
    var checked = Directives.absolutePath("state", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, root, checked);
  }
}
