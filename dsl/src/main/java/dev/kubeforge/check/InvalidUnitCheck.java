package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Mount;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.ServiceType;
import dev.kubeforge.host.Socket;
import dev.kubeforge.host.Timer;
import dev.kubeforge.host.UnitName;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit systemd would refuse to load: a service without {@code ExecStart=}, several {@code ExecStart=}
 * outside {@code Type=oneshot}, a oneshot service restarted always, a timer without trigger, a socket
 * without {@code Listen*=}, a mount without {@code What=}; and a drop-in that adds a second
 * {@code ExecStart=} to a service that has one, without resetting it.
 */
final class InvalidUnitCheck implements Check {

  @Override
  public String id() {
    return "invalid-unit";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (HostProfile profile : cluster.hostProfiles()) {
      for (HostUnits.Placed placed : HostUnits.of(cluster.path(profile), profile)) {
        if (placed.isDropIn()) {
          dropIn(placed, profile, problems);
        } else if (placed.unit() instanceof Service service) {
          service(placed.path(), service, problems);
        } else if (placed.unit() instanceof Timer timer && timer.directives("Timer").stream()
            .noneMatch(d -> d.key().startsWith("On"))) {
          problems.add(Problem.error(id(), placed.path(), "a timer needs a trigger; systemd refuses to load it")
              .hint(".onCalendar(\"daily\") or .onBootSec(..)"));
        } else if (placed.unit() instanceof Socket socket && socket.directives("Socket").stream()
            .noneMatch(d -> d.key().startsWith("Listen"))) {
          problems.add(Problem.error(id(), placed.path(), "a socket needs a Listen*= address; systemd refuses to load it")
              .hint(".listenStream(\"/run/example.sock\")"));
        } else if (placed.unit() instanceof Mount mount && mount.directives("Mount").stream()
            .noneMatch(d -> d.key().equals("What"))) {
          problems.add(Problem.error(id(), placed.path(), "a mount needs What=; systemd refuses to load it")
              .hint(".what(\"/dev/disk/by-label/data\")"));
        }
      }
    }
    return problems;
  }

  private void service(ObjectPath path, Service service, List<Problem> out) {
    var execStart = new ArrayList<String>();
    HostUnits.applyExecStart(service, execStart);
    boolean oneshot = service.type() == ServiceType.ONESHOT;
    if (execStart.isEmpty() && service.directives("Service").stream().noneMatch(d -> d.key().equals("ExecStop"))) {
      out.add(Problem.error(id(), path, "a service needs ExecStart=; systemd refuses to load it")
          .hint(".execStart(\"/usr/bin/example --flag\")"));
    } else if (execStart.size() > 1 && !oneshot) {
      out.add(Problem.error(id(), path, "only Type=oneshot services may have several ExecStart=, this one has "
              + execStart.size())
          .hint(".type(ServiceType.ONESHOT), or one ExecStart="));
    }
    var restart = service.directives("Service").stream().filter(d -> d.key().equals("Restart"))
        .map(Directive::value).reduce((first, second) -> second).orElse("no");
    if (oneshot && (restart.equals("always") || restart.equals("on-success"))) {
      out.add(Problem.error(id(), path, "a Type=oneshot service cannot have Restart=" + restart
              + "; systemd refuses to load it")
          .hint(".restart(Restart.ON_FAILURE)"));
    }
  }

  /** A drop-in that adds an {@code ExecStart=} to a non-oneshot service that already has one. */
  private void dropIn(HostUnits.Placed placed, HostProfile profile, List<Problem> out) {
    if (!(placed.unit() instanceof Service service) || service.type() == ServiceType.ONESHOT) {
      return;
    }
    var own = service.directives("Service").stream().filter(d -> d.key().equals("ExecStart")).toList();
    if (own.isEmpty() || own.get(0).value().isEmpty()) {
      return;
    }
    var name = service.name();
    var declared = profile.units().stream().filter(u -> u.name().equals(name)).findFirst();
    var base = new ArrayList<String>();
    if (declared.isPresent()) {
      HostUnits.applyExecStart(declared.get(), base);
    }
    if (!base.isEmpty() || (declared.isEmpty() && name.isShippedByOs() && !name.equals(UnitName.JOURNALD_SERVICE))) {
      out.add(Problem.error(id(), placed.path(), "adds ExecStart= to " + name
              + ", which already has one; systemd refuses a second one outside Type=oneshot")
          .hint(".replaceExecStart(\"" + own.get(0).value() + "\") resets the command first"));
    }
  }
}
