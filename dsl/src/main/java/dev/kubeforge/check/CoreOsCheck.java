package dev.kubeforge.check;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.NodeSetup;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.SystemdUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the legacy CoreOS form of user-data ({@link CloudInit.Target#COREOS}) cannot express
 * ({@code coreos-unsupported}): one file for every host, holding {@code write_files} and
 * {@code coreos.units}, with no packages and no commands. Read from the planned node setups, so it
 * reports exactly what the CoreOS renderer would otherwise have to drop: kubeadm, packages, commands, a
 * file or drop-in on some hosts only, and a file, unit or drop-in that differs between hosts. Not
 * allowable: no reason makes the form write what it has no place for.
 */
final class CoreOsCheck implements Check {

  static final String ID = "coreos-unsupported";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    if (cluster.cloudInit().target() != CloudInit.Target.COREOS || cluster.nodes().isEmpty()) {
      return problems;
    }
    unsupportedSettings(cluster, problems);
    var allHosts = new LinkedHashSet<String>();
    cluster.nodes().forEach(node -> allHosts.add(node.name()));
    var files = new LinkedHashMap<String, NodeSetup.SetupFile>();
    var filesOn = new LinkedHashMap<String, Set<String>>();
    var units = new LinkedHashMap<String, SystemdUnit>();
    var dropIns = new LinkedHashMap<String, DropIn>();
    var dropInHosts = new LinkedHashMap<String, Set<String>>();
    for (Node node : cluster.nodes()) {
      for (NodeSetup.SetupFile file : cluster.setup(node).files()) {
        var content = file.content();
        if (content instanceof NodeSetup.KubeadmConfig || content instanceof NodeSetup.Manifest) {
          continue; // kubeadm's, reported as a whole by unsupportedSettings
        }
        var hostFile = content instanceof NodeSetup.Host host ? host.file().content() : null;
        if (hostFile instanceof HostFile.Unit unit) {
          var first = units.putIfAbsent(unit.unit().name().value(), unit.unit());
          if (first != null && !first.equals(unit.unit())) {
            problems.add(differs(cluster, node, "unit " + unit.unit().name().value()));
          }
        } else if (hostFile instanceof HostFile.UnitDropIn dropIn) {
          var first = dropIns.putIfAbsent(dropIn.dropIn().path(), dropIn.dropIn());
          if (first != null && !first.equals(dropIn.dropIn())) {
            problems.add(differs(cluster, node, "drop-in " + dropIn.dropIn().path()));
          }
          dropInHosts.computeIfAbsent(dropIn.dropIn().unit().name().value(), u -> new LinkedHashSet<>())
              .add(node.name());
        } else {
          var first = files.putIfAbsent(file.path(), file);
          if (first != null && !first.equals(file)) {
            problems.add(differs(cluster, node, "file " + file.path()));
          }
          filesOn.computeIfAbsent(file.path(), p -> new LinkedHashSet<>()).add(node.name());
        }
      }
    }
    filesOn.forEach((path, hosts) -> {
      if (!hosts.equals(allHosts)) {
        problems.add(Problem.error(ID, cluster.path(), "file " + path + " is for " + hosts
                + " only, but the CoreOS form writes every file on every host")
            .hint("give every node the same file, or use CloudInit.Target.CLOUD_CONFIG"));
      }
    });
    dropInHosts.forEach((unit, hosts) -> {
      if (!hosts.equals(allHosts)) {
        problems.add(Problem.error(ID, cluster.path(), "the drop-ins of " + unit + " are for " + hosts
                + " only, but the CoreOS form writes every drop-in on every host")
            .hint("give every node the same drop-ins, or use CloudInit.Target.CLOUD_CONFIG"));
      }
    });
    return problems;
  }

  /** What the definition asks for that the form has no place for. */
  private static void unsupportedSettings(Cluster cluster, List<Problem> problems) {
    var cloudInit = cluster.cloudInit();
    cluster.kubeadm().ifPresent(kubeadm -> problems.add(Problem.error(ID, kubeadm.path(),
            "the CoreOS form installs no packages and runs no commands, so it cannot bring nodes up with kubeadm")
        .hint("use CloudInit.Target.CLOUD_CONFIG, or run the control plane from units in the host profiles")));
    if (!cloudInit.packages().isEmpty()) {
      problems.add(Problem.error(ID, cloudInit.path().field("packages"),
              "the CoreOS form installs no packages: " + cloudInit.packages())
          .hint("remove them; CoreOS ships Docker and containerd, other software runs in containers"));
    }
    if (!cloudInit.bootCommands().isEmpty() || !cloudInit.commands().isEmpty()) {
      var commands = new ArrayList<String>();
      cloudInit.bootCommands().forEach(run -> commands.add(String.join(" ", run.argv())));
      cloudInit.commands().forEach(run -> commands.add(String.join(" ", run.argv())));
      problems.add(Problem.error(ID, cloudInit.path().field("commands"),
              "the CoreOS form runs no commands: " + commands)
          .hint("run them from a oneshot Service in a host profile (Type=oneshot, WantedBy=multi-user.target)"));
    }
  }

  private static Problem differs(Cluster cluster, Node node, String what) {
    return Problem.error(ID, cluster.path(node), what + " differs from another node's, but the CoreOS "
            + "form writes one " + what.substring(0, what.indexOf(' ')) + " for every host")
        .hint("give the nodes the same " + what + ", or use CloudInit.Target.CLOUD_CONFIG");
  }
}
