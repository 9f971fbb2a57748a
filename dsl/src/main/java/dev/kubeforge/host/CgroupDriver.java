package dev.kubeforge.host;

/**
 * How a container runtime or the kubelet creates cgroups. The kubelet, containerd and Docker on one host
 * must agree (the {@code cgroup-driver-mismatch} check); on a systemd host with cgroup v2 that is
 * {@link #SYSTEMD}.
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
    return Directives.kebab(this);
  }
}
