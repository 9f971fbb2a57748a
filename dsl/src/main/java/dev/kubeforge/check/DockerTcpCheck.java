package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.HostProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A Docker TCP host without TLS client verification: anyone who can reach the port can start a
 * privileged container, which is root on the host. An error unless allowed with a reason.
 */
final class DockerTcpCheck implements Check {

  @Override
  public String id() {
    return "docker-tcp-without-tls";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var docker = profile.docker();
      if (docker == null || (docker.tls() != null && docker.tls().verify())) {
        continue;
      }
      for (DockerHost host : docker.hosts()) {
        if (host.isTcp()) {
          problems.add(Problem.error(id(), cluster.path(profile).field("docker"), "host '" + host
                  + "' accepts connections without TLS verification, which gives root on the host to anyone"
                  + " who can reach it")
              .hint("DockerDaemon.tls(DockerTls.verify(caCert, cert, key)) on port 2376, a unix socket only,"
                  + " or allow(\"" + id() + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
