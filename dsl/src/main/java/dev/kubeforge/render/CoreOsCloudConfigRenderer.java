package dev.kubeforge.render;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.NodeSetup;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.SystemdUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the legacy CoreOS form of user-data: one {@code <cluster>/coreos/cloud-config.yaml} that every
 * node boots with. It holds {@code write_files} and {@code coreos.units}; a unit that only some nodes run
 * gets {@code ConditionHost=} lines for them (each host's hostname must be its node name). It cannot
 * install packages, run commands, or write a file on some hosts only: the {@code coreos-unsupported}
 * check reports each of those before anything is rendered.
 *
 * <p>Built from the same planned {@link NodeSetup}s as the per-node cloud-config, so every step is either
 * expressed (modules, sysctl and unit reloads happen at boot; enabling and restarting units are unit
 * commands) or reported by that check.
 */
public final class CoreOsCloudConfigRenderer implements Renderer {

  /** The file, below the cluster's folder. */
  public static final String FILE = "coreos/cloud-config.yaml";

  /** The file of the cluster, in either tree. */
  public static String path(Cluster cluster) {
    return cluster.name() + "/" + FILE;
  }

  /**
   * Renders the file when the cluster's cloud-init target is {@link CloudInit.Target#COREOS}; when the
   * generation read secrets and the file holds one, its complete form goes to the secrets tree, unless
   * one of its values is unavailable.
   */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    if (cluster.cloudInit().target() != CloudInit.Target.COREOS || cluster.nodes().isEmpty()) {
      return;
    }
    var source = context.source();
    var placeholders = SecretText.placeholders();
    var document = document(cluster, source, placeholders);
    var path = path(cluster);
    context.files().add(path, "#cloud-config\n" + Headers.yaml(source) + placeholders.header() + document);
    if (placeholders.any() && context.secrets().isRead()) {
      var values = SecretText.values(context.secrets());
      var complete = document(cluster, source, values);
      if (values.complete()) {
        context.secretFiles().add(path, "#cloud-config\n" + Headers.secretYaml(source) + complete);
      }
    }
  }

  private static String document(Cluster cluster, String source, SecretText secrets) {
    var allHosts = new LinkedHashSet<String>();
    cluster.nodes().forEach(node -> allHosts.add(node.name()));
    var hostTexts = new IdentityHashMap<HostFile, String>();
    var files = new LinkedHashMap<String, NodeSetup.SetupFile>();
    var fileContents = new LinkedHashMap<String, String>();
    var units = new LinkedHashMap<String, Unit>();
    for (Node node : cluster.nodes()) {
      var setup = cluster.setup(node);
      var contents = CloudConfigRenderer.contents(cluster, source, setup, secrets, hostTexts);
      for (int i = 0; i < setup.files().size(); i++) {
        var file = setup.files().get(i);
        var content = file.content();
        if (content instanceof NodeSetup.KubeadmConfig || content instanceof NodeSetup.Manifest) {
          continue; // kubeadm's, which the coreos-unsupported check reports as a whole
        }
        var hostFile = content instanceof NodeSetup.Host host ? host.file().content() : null;
        if (hostFile instanceof HostFile.Unit declared) {
          var unit = units.computeIfAbsent(declared.unit().name().value(), Unit::new);
          if (unit.declared == null) {
            unit.declared = declared.unit();
          }
          unit.hosts.add(node.name());
        } else if (hostFile instanceof HostFile.UnitDropIn dropIn) {
          var unit = units.computeIfAbsent(dropIn.dropIn().unit().name().value(), Unit::new);
          unit.dropIns.putIfAbsent(dropIn.dropIn().name() + ".conf", contents.get(i));
        } else if (files.putIfAbsent(file.path(), file) == null) {
          fileContents.put(file.path(), contents.get(i));
        }
      }
      setup.steps().forEach(step -> step.accept(new UnitCommands(units)));
    }

    var tree = new LinkedHashMap<String, Object>();
    cluster.setup(cluster.nodes().get(0)).adminUser().ifPresent(admin -> {
      var user = new LinkedHashMap<String, Object>();
      user.put("name", admin.name());
      user.put("groups", List.of("sudo", "docker"));
      if (!admin.sshAuthorizedKeys().isEmpty()) {
        user.put("ssh_authorized_keys", admin.sshAuthorizedKeys());
      }
      tree.put("users", List.of(user));
    });
    if (!files.isEmpty()) {
      var writeFiles = new ArrayList<Object>();
      for (NodeSetup.SetupFile file : files.values()) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("path", file.path());
        entry.put("owner", file.owner());
        entry.put("permissions", file.permissions());
        entry.put("content", fileContents.get(file.path()));
        writeFiles.add(entry);
      }
      tree.put("write_files", writeFiles);
    }
    if (!units.isEmpty()) {
      var entries = new ArrayList<Object>();
      for (Unit unit : units.values()) {
        entries.add(unit.entry(allHosts));
      }
      tree.put("coreos", Map.of("units", entries));
    }
    var out = new StringBuilder(8192);
    YamlWriter.writeDocument(tree, out);
    return out.toString();
  }

  /** One entry of {@code coreos.units}. */
  private static final class Unit {
    final String name;
    SystemdUnit declared;
    final Set<String> hosts = new LinkedHashSet<>();
    final Map<String, String> dropIns = new LinkedHashMap<>();
    String command;

    Unit(String name) {
      this.name = name;
    }

    Map<String, Object> entry(Set<String> allHosts) {
      var entry = new LinkedHashMap<String, Object>();
      entry.put("name", name);
      if (declared != null && !declared.install().isEmpty()) {
        entry.put("enable", true);
      }
      if (command != null) {
        entry.put("command", command);
      }
      if (declared != null) {
        entry.put("content", IniWriter.write("", withConditions(declared, conditions(hosts, allHosts))));
      }
      if (!dropIns.isEmpty()) {
        var list = new ArrayList<Object>();
        dropIns.forEach((file, content) -> list.add(Map.of("name", file, "content", content)));
        entry.put("drop-ins", list);
      }
      return entry;
    }
  }

  /**
   * The {@code ConditionHost=} values that limit a unit to {@code hosts}: none for every host, the one
   * host, the excluded hosts negated (all must hold), or the hosts as triggering conditions (any may
   * hold), whichever is shorter.
   */
  static List<String> conditions(Set<String> hosts, Set<String> allHosts) {
    if (hosts.equals(allHosts)) {
      return List.of();
    }
    if (hosts.size() == 1) {
      return List.copyOf(hosts);
    }
    var excluded = new ArrayList<String>();
    allHosts.stream().filter(host -> !hosts.contains(host)).forEach(host -> excluded.add("!" + host));
    if (excluded.size() < hosts.size()) {
      return excluded;
    }
    return hosts.stream().map(host -> "|" + host).toList();
  }

  /** The unit's directives with {@code ConditionHost=} lines at the end of its {@code [Unit]} section. */
  private static List<Directive> withConditions(SystemdUnit unit, List<String> conditions) {
    var directives = new ArrayList<>(SystemdUnitRenderer.directives(unit));
    int at = 0;
    for (int i = 0; i < directives.size(); i++) {
      if (directives.get(i).section().equals("Unit")) {
        at = i + 1;
      }
    }
    for (String condition : conditions) {
      directives.add(at++, new Directive("Unit", "ConditionHost", condition));
    }
    return directives;
  }

  /** Carries out the steps of a node that concern units; the rest happens at boot or has been reported. */
  private static final class UnitCommands implements Step.Visitor<Void> {
    private final Map<String, Unit> units;

    UnitCommands(Map<String, Unit> units) {
      this.units = units;
    }

    @Override
    public Void restartUnits(Step.RestartUnits step) {
      step.units().forEach(name -> units.computeIfAbsent(name, Unit::new).command = "restart");
      return null;
    }

    @Override
    public Void enableUnits(Step.EnableUnits step) {
      step.units().forEach(name -> units.computeIfAbsent(name, Unit::new).command = "start");
      return null;
    }

    @Override
    public Void loadModules(Step.LoadModules step) {
      units.computeIfAbsent("systemd-modules-load.service", Unit::new).command = "restart";
      return null;
    }

    @Override
    public Void applySysctl(Step.ApplySysctl step) {
      units.computeIfAbsent("systemd-sysctl.service", Unit::new).command = "restart";
      return null;
    }

    /** CoreOS runs without swap. */
    @Override
    public Void swapOff(Step.SwapOff step) {
      return null;
    }

    /** coreos-cloudinit reloads systemd after writing units. */
    @Override
    public Void daemonReload(Step.DaemonReload step) {
      return null;
    }

    // The steps below only come with kubeadm or with the definition's own commands, both reported by
    // the coreos-unsupported check, so they are left out here.

    @Override
    public Void download(Step.Download step) {
      return null;
    }

    @Override
    public Void holdPackages(Step.HoldPackages step) {
      return null;
    }

    @Override
    public Void kubeadmInit(Step.KubeadmInit step) {
      return null;
    }

    @Override
    public Void kubeadmJoin(Step.KubeadmJoin step) {
      return null;
    }

    @Override
    public Void adminKubeconfig(Step.AdminKubeconfig step) {
      return null;
    }

    @Override
    public Void applyManifest(Step.ApplyManifest step) {
      return null;
    }

    @Override
    public Void run(Step.Run step) {
      return null;
    }
  }
}
