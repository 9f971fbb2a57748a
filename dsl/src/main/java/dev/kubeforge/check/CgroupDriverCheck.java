package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.HostProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker, containerd and the kubelet of one host disagree on the cgroup driver: with two managers of the
 * cgroup tree the kubelet's accounting is wrong and nodes become unstable under memory pressure. The
 * reference is the kubelet's driver when set, else containerd's (which the kubelet then follows); Docker
 * is checked when its driver is set.
 */
final class CgroupDriverCheck implements Check {

  @Override
  public String id() {
    return "cgroup-driver-mismatch";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var path = cluster.path(profile);
      var kubelet = profile.kubelet() == null ? null : profile.kubelet().cgroupDriver();
      var containerd = profile.containerd() == null ? null : profile.containerd().cgroupDriver();
      var docker = profile.docker() == null ? null : profile.docker().cgroupDriver();
      CgroupDriver reference = kubelet != null ? kubelet : containerd;
      String whose = kubelet != null ? "the kubelet's '%s'" : "containerd's '%s', which the kubelet follows";
      if (reference == null) {
        continue;
      }
      if (kubelet != null && containerd != null && containerd != reference) {
        problems.add(mismatch(path.field("containerd"), containerd, reference, whose,
            "Containerd.create().cgroupDriver(CgroupDriver." + reference.name() + ")"));
      }
      if (docker != null && docker != reference) {
        problems.add(mismatch(path.field("docker"), docker, reference, whose,
            "DockerDaemon.create().cgroupDriver(CgroupDriver." + reference.name() + ")"));
      }
    }
    return problems;
  }

  private Problem mismatch(ObjectPath path, CgroupDriver found, CgroupDriver reference, String whose, String hint) {
    return Problem.error(id(), path, "cgroup driver '" + found.value() + "' does not match "
        + whose.replace("%s", reference.value())).hint(hint);
  }
}
