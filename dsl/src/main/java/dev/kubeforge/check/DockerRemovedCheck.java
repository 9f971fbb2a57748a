package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.HostProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Docker removed, still written in a definition. {@code docker-daemon-command}: an {@code ExecStart=}
 * that runs {@code docker daemon}, the command Docker 1.13 replaced by {@code dockerd} and 17.12
 * removed, so the service fails to start. {@code docker-removed-option}: a {@code daemon.json} key set
 * through {@code option(..)} that current dockerd no longer knows, or the same setting as a flag of a
 * {@code dockerd} {@code ExecStart=} ({@code -g}, {@code --graph}, {@code --cluster-store}...). Both warnings, with today's form.
 *
 * @see <a href="https://docs.docker.com/engine/deprecated/">Docker: deprecated engine features</a>
 */
final class DockerRemovedCheck implements Check {

  static final String OPTION = "docker-removed-option";

  /** The program path (after systemd's prefixes) of a {@code docker daemon} command line, and what follows. */
  private static final Pattern DOCKER_DAEMON = Pattern.compile("^([-@:+!]*)(/\\S*/)?docker\\s+daemon(\\s.*)?$");

  /** Removed {@code daemon.json} keys, to what replaces them. */
  private static final Map<String, String> REMOVED_KEYS = Map.of(
      "graph", "removed in Docker 23.0; write .dataRoot(path) (data-root)",
      "cluster-store", "removed in Docker 23.0 with legacy overlay networks; use Swarm mode or a CNI",
      "cluster-advertise", "removed in Docker 23.0 with legacy overlay networks; use Swarm mode or a CNI",
      "cluster-store-opts", "removed in Docker 23.0 with legacy overlay networks; use Swarm mode or a CNI",
      "disable-legacy-registry", "removed in Docker 17.12 with registry v1 support; drop it",
      "oom-score-adjust", "removed in Docker 25.0; write .oomScoreAdjust(..) on a docker.service drop-in",
      "api-cors-header", "removed in Docker 28.0; put a reverse proxy that sets CORS headers in front of the API");

  /** A dockerd command line (after systemd's prefixes): its arguments. */
  private static final Pattern DOCKERD = Pattern.compile("^[-@:+!]*(/\\S*/)?dockerd(\\s.*)?$");

  /** Removed dockerd flags, to the {@code daemon.json} key of {@link #REMOVED_KEYS} they set. */
  private static final Map<String, String> REMOVED_FLAGS = removedFlags();

  private static Map<String, String> removedFlags() {
    var flags = new java.util.TreeMap<String, String>();
    REMOVED_KEYS.keySet().forEach(key -> flags.put("--" + key, key));
    flags.put("-g", "graph");
    flags.put("--cluster-store-opt", "cluster-store-opts");
    return Map.copyOf(flags);
  }

  @Override
  public String id() {
    return "docker-daemon-command";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      var base = cluster.path(profile);
      for (HostUnits.Placed placed : HostUnits.of(base, profile)) {
        for (Directive directive : placed.unit().directives("Service")) {
          var matcher = DOCKER_DAEMON.matcher(directive.value());
          if (directive.key().equals("ExecStart") && matcher.matches()) {
            var rest = matcher.group(3) == null ? "" : matcher.group(3);
            problems.add(Problem.warning(id(), placed.path(), "ExecStart=" + directive.value() + " runs 'docker"
                    + " daemon', which Docker 17.12 removed (dockerd replaced it in 1.13), so the service fails"
                    + " to start")
                .hint("write .replaceExecStart(\"" + matcher.group(1) + "/usr/bin/dockerd" + rest + "\") instead"));
          }
          var dockerd = DOCKERD.matcher(directive.value());
          if (directive.key().equals("ExecStart") && dockerd.matches() && dockerd.group(2) != null) {
            for (String argument : dockerd.group(2).trim().split("\\s+")) {
              var flag = argument.split("=", 2)[0];
              var key = REMOVED_FLAGS.get(flag);
              if (key != null) {
                problems.add(Problem.warning(OPTION, placed.path(), "ExecStart= passes '" + flag + "', which dockerd"
                        + " no longer knows, so the service fails to start")
                    .hint(REMOVED_KEYS.get(key)));
              }
            }
          }
        }
      }
      var docker = profile.docker();
      if (docker != null) {
        for (String key : docker.options().keySet()) {
          var replacement = REMOVED_KEYS.get(key);
          if (replacement != null) {
            problems.add(Problem.warning(OPTION, base.field("docker"), "daemon.json key '" + key + "' is no longer"
                    + " read by dockerd, which refuses to start on unknown keys")
                .hint(replacement));
          }
        }
      }
    }
    return problems;
  }
}
