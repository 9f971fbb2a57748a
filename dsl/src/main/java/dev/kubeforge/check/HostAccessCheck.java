package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warnings for pods that reach into their node: privileged containers ({@code privileged-container}),
 * volumes from the node's file system ({@code host-path-volume}; {@code docker-socket} for a container
 * runtime's socket, {@code sensitive-host-path} for a system directory), the node's network, process
 * and IPC namespaces ({@code host-network}, {@code host-pid}, {@code host-ipc}) and ports of the node
 * ({@code host-port}). Each can be what a node agent needs; allow it per object with a reason.
 */
final class HostAccessCheck implements Check {

  static final String HOST_PATH = "host-path-volume";
  static final String HOST_NETWORK = "host-network";
  static final String HOST_PID = "host-pid";
  static final String HOST_IPC = "host-ipc";
  static final String HOST_PORT = "host-port";
  static final String DOCKER_SOCKET = "docker-socket";
  static final String SENSITIVE_PATH = "sensitive-host-path";

  /** Sockets of container runtimes: whoever holds one starts containers as root on the node. */
  private static final Set<String> RUNTIME_SOCKETS = Set.of("/var/run/docker.sock", "/run/docker.sock",
      "/run/containerd/containerd.sock", "/var/run/containerd/containerd.sock", "/var/run/crio/crio.sock",
      "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock");

  /** Directories of the node whose contents control it (kube-linter's sensitive mounts and Kubernetes' own). */
  private static final Set<String> SENSITIVE = Set.of("/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys",
      "/usr", "/root", "/var/run", "/run", "/var/lib/kubelet", "/etc/kubernetes", "/var/lib/docker",
      "/var/lib/containerd", "/var/lib/etcd");

  @Override
  public String id() {
    return "privileged-container";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      var spec = pod.spec();
      if (Boolean.TRUE.equals(spec.getHostNetwork())) {
        problems.add(Problem.warning(HOST_NETWORK, pod.object().path(), pod.describe()
                + " uses its node's network (hostNetwork): its ports are the node's and it sees the node's traffic")
            .hint("leave hostNetwork off and expose ports through a Service, or allow(\"" + HOST_NETWORK
                + "\", reason)"));
      }
      namespaceShared(problems, pod, spec.getHostPID(), HOST_PID, "process namespace (hostPID): it sees and can"
          + " signal every process of the node");
      namespaceShared(problems, pod, spec.getHostIPC(), HOST_IPC, "IPC namespace (hostIPC): it can read the shared"
          + " memory of every process of the node");
      if (spec.getVolumes() != null) {
        for (Volume volume : spec.getVolumes()) {
          if (volume.getHostPath() != null) {
            problems.add(Problem.warning(HOST_PATH, pod.object().path().field("volume " + volume.getName()),
                    "volume " + volume.getName() + " mounts " + volume.getHostPath().getPath()
                        + " of the node, which ties the pod to that node and can give it control of the node")
                .hint("use a PersistentVolumeClaim or an EmptyDir, or allow(\"" + HOST_PATH + "\", reason)"));
            hostPath(problems, pod, volume);
          }
        }
      }
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.container().getPorts() != null && !Boolean.TRUE.equals(spec.getHostNetwork())) {
          for (ContainerPort port : at.container().getPorts()) {
            if (port.getHostPort() != null && port.getHostPort() > 0) {
              problems.add(Problem.warning(HOST_PORT, at.path(), "container " + at.container().getName()
                      + " takes port " + port.getHostPort() + " of its node (hostPort): two of its pods cannot run"
                      + " on one node, and the port bypasses the Service and its network policies")
                  .hint("expose the port through a Service, or allow(\"" + HOST_PORT + "\", reason)"));
            }
          }
        }
        var context = at.container().getSecurityContext();
        if (context != null && Boolean.TRUE.equals(context.getPrivileged())) {
          problems.add(Problem.warning(id(), at.path(), "container " + at.container().getName()
                  + " runs privileged: it gets every capability and device of its node")
              .hint("grant only what it needs, such as SecurityContext.user(1000).addCapabilities(\"NET_ADMIN\"),"
                  + " or allow(\"" + id() + "\", reason)"));
        }
      }
    }
    return problems;
  }

  private static void namespaceShared(List<Problem> problems, Workloads.PodObject pod, Boolean set, String id,
      String what) {
    if (Boolean.TRUE.equals(set)) {
      problems.add(Problem.warning(id, pod.object().path(), pod.describe() + " shares its node's " + what)
          .hint("leave " + (id.equals(HOST_PID) ? "hostPID" : "hostIPC") + " off, or allow(\"" + id + "\", reason)"));
    }
  }

  private static void hostPath(List<Problem> problems, Workloads.PodObject pod, Volume volume) {
    var path = volume.getHostPath().getPath();
    var normal = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    var at = pod.object().path().field("volume " + volume.getName());
    if (RUNTIME_SOCKETS.contains(normal)) {
      problems.add(Problem.warning(DOCKER_SOCKET, at, "volume " + volume.getName() + " mounts the container"
              + " runtime's socket " + path + ": whoever holds it starts containers as root on the node")
          .hint("build images without the socket (kaniko, buildkit rootless), or allow(\"" + DOCKER_SOCKET
              + "\", reason)"));
    } else if (SENSITIVE.contains(normal)) {
      problems.add(Problem.warning(SENSITIVE_PATH, at, "volume " + volume.getName() + " mounts " + path
              + ", a system directory of the node: writing there changes the node, reading it can reveal its keys")
          .hint("mount only the file or subdirectory the pod needs, read-only, or allow(\"" + SENSITIVE_PATH
              + "\", reason)"));
    }
  }
}
