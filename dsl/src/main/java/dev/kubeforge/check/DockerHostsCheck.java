package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.UnitName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code hosts} in {@code daemon.json} while {@code docker.service} still passes {@code -H}: dockerd
 * refuses to start when a setting is both a flag and in its configuration file. The packaged unit starts
 * {@code /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock}, so setting hosts needs a
 * drop-in that replaces {@code ExecStart=}, as seed 000 did by hand.
 */
final class DockerHostsCheck implements Check {

  /** The command line of {@code docker.service} as the docker.io and docker-ce packages ship it. */
  static final String PACKAGED_EXEC_START = "/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock";

  @Override
  public String id() {
    return "docker-hosts-conflict";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      if (profile.docker() == null || profile.docker().hosts().isEmpty()) {
        continue;
      }
      for (String line : execStart(profile)) {
        if (line.matches(".*\\s(-H|--host)(\\s|=).*")) {
          problems.add(Problem.error(id(), cluster.path(profile).field("docker"),
                  "hosts are set in daemon.json, but docker.service starts '" + line
                      + "'; dockerd refuses to start when a setting is both a flag and in daemon.json")
              .hint("DropIn.of(\"10-kubeforge\", Service.of(UnitName.DOCKER_SERVICE).replaceExecStart("
                  + "\"/usr/bin/dockerd --containerd=/run/containerd/containerd.sock\"))"));
        }
      }
    }
    return problems;
  }

  /** The {@code ExecStart=} lines docker.service ends up with: the packaged or declared unit, then drop-ins by name. */
  private static List<String> execStart(HostProfile profile) {
    var lines = new ArrayList<String>();
    var declared = profile.units().stream().filter(u -> u.name().equals(UnitName.DOCKER_SERVICE)).findFirst();
    if (declared.isPresent()) {
      HostUnits.applyExecStart(declared.get(), lines);
    } else {
      lines.add(PACKAGED_EXEC_START);
    }
    profile.allDropIns().stream()
        .filter(d -> d.unit().name().equals(UnitName.DOCKER_SERVICE))
        .sorted(Comparator.comparing(DropIn::name))
        .forEach(d -> HostUnits.applyExecStart(d.unit(), lines));
    return lines;
  }
}
