package dev.kubeforge.core;

import java.util.Locale;

/**
 * How a container runtime or the kubelet creates cgroups. The kubelet, containerd and Docker on one host
 * must agree (the {@code cgroup-driver-mismatch} check); on a systemd host with cgroup v2 that is
 * {@link #SYSTEMD}. In {@code core} because two layers set it: the host profile's runtimes and kubelet, and
 * the kubeadm layer's {@code KubeletConfiguration.cgroupDriver(..)}.
 *
 * @see <a href="https://kubernetes.io/docs/setup/production-environment/container-runtimes/#cgroup-drivers">Kubernetes: cgroup drivers</a>
 */
public enum CgroupDriver {
  /** {@code systemd}: cgroups are systemd slices and scopes; the one Kubernetes recommends on systemd hosts. */
  SYSTEMD,
  /** {@code cgroupfs}: cgroups are written to the cgroup file system directly. */
  CGROUPFS;

  /** The name the runtimes and the kubelet use: {@code systemd} or {@code cgroupfs}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
