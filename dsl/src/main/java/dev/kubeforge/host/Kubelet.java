package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;
import dev.kubeforge.core.CgroupDriver;

/**
 * The kubelet on a host: the drop-in that starts it from its configuration, and the two settings it must
 * share with the container runtime. Both are derived from the runtime unless set here (see
 * {@link HostProfile#kubeletCgroupDriver()} and {@link HostProfile#criSocket()}); when set, the
 * {@code cgroup-driver-mismatch} check compares them with the runtime's. They land in the node's
 * KubeletConfiguration, which {@code kubeadm/<node>.yaml} carries.
 *
 * @param dropIn the kubelet's systemd drop-in; {@link #create()} starts with kubeadm's
 * @param cgroupDriver the kubelet's {@code cgroupDriver}, or {@code null} to use the runtime's
 * @param containerRuntimeEndpoint the kubelet's {@code containerRuntimeEndpoint}, or {@code null} to use
 *     the runtime's socket
 */
public record Kubelet(DropIn dropIn, CgroupDriver cgroupDriver, String containerRuntimeEndpoint) {

  public Kubelet {
    requireNonNull(dropIn, "dropIn");
    if (!dropIn.unit().name().equals(UnitName.KUBELET_SERVICE)) {
      throw new IllegalArgumentException("the kubelet's drop-in must apply to kubelet.service, was " + dropIn.path());
    }
    if (containerRuntimeEndpoint != null && !containerRuntimeEndpoint.matches("unix:///\\S+")) {
      throw new IllegalArgumentException(
          "containerRuntimeEndpoint must be a unix:/// socket URL, was '" + containerRuntimeEndpoint + "'");
    }
  }

  /**
   * The kubelet as kubeadm sets it up: {@link #kubeadmDropIn()}, cgroup driver and runtime endpoint
   * derived from the host's container runtime.
   */
  public static Kubelet create() {
    return new Kubelet(kubeadmDropIn(), null, null);
  }

  /**
   * The drop-in the kubeadm package ships as {@code kubelet.service.d/10-kubeadm.conf}: the kubelet reads
   * its kubeconfig and {@code /var/lib/kubelet/config.yaml}, the flags {@code kubeadm init}/{@code join}
   * write to {@code kubeadm-flags.env}, and {@code KUBELET_EXTRA_ARGS} from {@code /etc/default/kubelet}.
   * Written to {@code /etc/systemd/system}, it takes the place of the packaged file of the same name.
   */
  public static DropIn kubeadmDropIn() {
    return DropIn.of("10-kubeadm", Service.of(UnitName.KUBELET_SERVICE)
        .environment("KUBELET_KUBECONFIG_ARGS",
            "--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf")
        .environment("KUBELET_CONFIG_ARGS", "--config=/var/lib/kubelet/config.yaml")
        .optionalEnvironmentFile("/var/lib/kubelet/kubeadm-flags.env")
        .optionalEnvironmentFile("/etc/default/kubelet")
        .replaceExecStart("/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS"
            + " $KUBELET_EXTRA_ARGS"));
  }

  /** Returns a copy with the drop-in replaced; it must apply to {@code kubelet.service}. */
  public Kubelet dropIn(DropIn dropIn) {
    return new Kubelet(dropIn, cgroupDriver, containerRuntimeEndpoint);
  }

  /**
   * Returns a copy with the kubelet's {@code cgroupDriver} set. Not set by default: the kubelet then uses
   * the runtime's. Replaces.
   */
  public Kubelet cgroupDriver(CgroupDriver driver) {
    requireNonNull(driver, "driver");
    return new Kubelet(dropIn, driver, containerRuntimeEndpoint);
  }

  /**
   * Returns a copy with the kubelet's {@code containerRuntimeEndpoint} set, such as
   * {@code unix:///run/containerd/containerd.sock}. Not set by default: derived from the runtime. Replaces.
   */
  public Kubelet containerRuntimeEndpoint(String endpoint) {
    requireNonNull(endpoint, "endpoint");
    return new Kubelet(dropIn, cgroupDriver, endpoint);
  }
}
