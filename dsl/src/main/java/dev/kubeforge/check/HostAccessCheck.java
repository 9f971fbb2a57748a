package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for pods that reach into their node: privileged containers ({@code privileged-container}),
 * volumes from the node's file system ({@code host-path-volume}) and the node's network namespace
 * ({@code host-network}). Each can be what a node agent needs; allow it per object with a reason.
 */
final class HostAccessCheck implements Check {

  static final String HOST_PATH = "host-path-volume";
  static final String HOST_NETWORK = "host-network";

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
      if (spec.getVolumes() != null) {
        for (Volume volume : spec.getVolumes()) {
          if (volume.getHostPath() != null) {
            problems.add(Problem.warning(HOST_PATH, pod.object().path().field("volume " + volume.getName()),
                    "volume " + volume.getName() + " mounts " + volume.getHostPath().getPath()
                        + " of the node, which ties the pod to that node and can give it control of the node")
                .hint("use a PersistentVolumeClaim or an EmptyDir, or allow(\"" + HOST_PATH + "\", reason)"));
          }
        }
      }
      for (Workloads.PodContainer at : pod.containers()) {
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
}
