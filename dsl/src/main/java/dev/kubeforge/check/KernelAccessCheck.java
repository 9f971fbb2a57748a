package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings for pods that reach the node's kernel or ports around the usual guards: sysctls outside the
 * set Kubernetes calls safe ({@code unsafe-sysctl}: they change the whole node), an unmasked
 * {@code /proc} ({@code unsafe-proc-mount}), a volume of the node mounted writable
 * ({@code writable-host-mount}), ports below 1024 ({@code privileged-port}: the container needs root or
 * {@code NET_BIND_SERVICE}) and port 22 ({@code ssh-port}: an SSH server in a container).
 */
final class KernelAccessCheck implements Check {

  static final String SYSCTL = "unsafe-sysctl";
  static final String PROC_MOUNT = "unsafe-proc-mount";
  static final String WRITABLE_HOST_MOUNT = "writable-host-mount";
  static final String PRIVILEGED_PORT = "privileged-port";
  static final String SSH_PORT = "ssh-port";

  /** The sysctls Kubernetes allows by default, namespaced to the pod. */
  private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
      "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
      "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

  @Override
  public String id() {
    return SYSCTL;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      var spec = pod.spec();
      var context = spec.getSecurityContext();
      if (context != null && context.getSysctls() != null) {
        for (Sysctl sysctl : context.getSysctls()) {
          if (!SAFE_SYSCTLS.contains(sysctl.getName())) {
            problems.add(Problem.warning(SYSCTL, pod.object().path().field("sysctl " + sysctl.getName()),
                    pod.describe() + " sets sysctl " + sysctl.getName() + ", which Kubernetes does not count as safe:"
                        + " it can change the whole node, and the kubelet refuses it unless allowed")
                .hint("set it on the node (HostProfile sysctl), or allow(\"" + SYSCTL + "\", reason)"));
          }
        }
      }
      var hostVolumes = new HashSet<String>();
      if (spec.getVolumes() != null) {
        spec.getVolumes().stream().filter(v -> v.getHostPath() != null).forEach(v -> hostVolumes.add(v.getName()));
      }
      for (Workloads.PodContainer at : pod.containers()) {
        var container = at.container();
        var name = container.getName();
        var security = container.getSecurityContext();
        if (security != null && "Unmasked".equals(security.getProcMount())) {
          problems.add(Problem.warning(PROC_MOUNT, at.path(), "container " + name + " mounts /proc unmasked"
                  + " (procMount: Unmasked): it sees the node's kernel settings that the runtime hides")
              .hint("leave procMount at Default, or allow(\"" + PROC_MOUNT + "\", reason)"));
        }
        if (container.getVolumeMounts() != null) {
          for (VolumeMount mount : container.getVolumeMounts()) {
            if (hostVolumes.contains(mount.getName()) && !Boolean.TRUE.equals(mount.getReadOnly())) {
              problems.add(Problem.warning(WRITABLE_HOST_MOUNT, at.path().field("mount " + mount.getMountPath()),
                      "container " + name + " mounts volume " + mount.getName() + " of the node writable at "
                          + mount.getMountPath() + ": it can change the node's files")
                  .hint(".mountReadOnly(\"" + mount.getMountPath() + "\", ..), or allow(\"" + WRITABLE_HOST_MOUNT
                      + "\", reason)"));
            }
          }
        }
        if (container.getPorts() != null) {
          for (var port : container.getPorts()) {
            var number = port.getContainerPort();
            if (number == null) {
              continue;
            }
            if (number == 22) {
              problems.add(Problem.warning(SSH_PORT, at.path(), "container " + name + " declares port 22: an SSH"
                      + " server in a container is a way in that bypasses the cluster's access control")
                  .hint("use kubectl exec or an ephemeral debug container, or allow(\"" + SSH_PORT + "\", reason)"));
            } else if (number < 1024 && !Boolean.TRUE.equals(spec.getHostNetwork())) {
              problems.add(Problem.warning(PRIVILEGED_PORT, at.path(), "container " + name + " listens on port "
                      + number + ", below 1024: it must run as root or with NET_BIND_SERVICE")
                  .hint("listen on a port above 1023 and map it in the Service, or allow(\"" + PRIVILEGED_PORT
                      + "\", reason)"));
            }
          }
        }
      }
    }
    return problems;
  }
}
