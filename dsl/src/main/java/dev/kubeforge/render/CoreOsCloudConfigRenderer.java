package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.check.Problem;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.NodeSetup;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.SystemdUnit;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.SecretResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the legacy CoreOS form of user-data: one {@code <cluster>/coreos/cloud-config.yaml} that every
 * node boots with. It holds {@code write_files} and {@code coreos.units}; a unit that only some nodes run
 * gets {@code ConditionHost=} lines for them (each host's hostname must be its node name). It cannot
 * install packages, run commands, or write a file on some hosts only: a cluster that needs any of that
 * gets a {@code coreos-unsupported} error for each, and nothing is written.
 *
 * <p>Built from the same {@link NodeSetup}s as the per-node cloud-config, so every step is either
 * expressed (modules, sysctl and unit reloads happen at boot; enabling and restarting units are unit
 * commands) or reported.
 */
public final class CoreOsCloudConfigRenderer {

  /** The check id of what the CoreOS form cannot express. */
  public static final String UNSUPPORTED = "coreos-unsupported";

  /** The file, below the cluster's folder. */
  public static final String FILE = "coreos/cloud-config.yaml";

  private static final String UNIT_DIRECTORY = "/etc/systemd/system/";

  private final String source;

  /** A renderer whose file names {@code source} (the definition class) in its header. */
  public CoreOsCloudConfigRenderer(String source) {
    this.source = source;
  }

  /**
   * Renders the file when the cluster's cloud-init target is {@link CloudInit.Target#COREOS}. Returns
   * errors for everything the form cannot express (then nothing is added to {@code tree}) and
   * {@code secret-unavailable} warnings for values {@code resolver} cannot read.
   */
  public List<Problem> render(Cluster cluster, FileTree hostFiles, FileTree.Builder tree, SecretResolver resolver,
      FileTree.Builder secrets) {
    var problems = new ArrayList<Problem>();
    if (cluster.cloudInit().target() != CloudInit.Target.COREOS || cluster.nodes().isEmpty()) {
      return problems;
    }
    unsupportedSettings(cluster, problems);
    var placeholders = SecretText.placeholders();
    var document = document(cluster, hostFiles, placeholders, problems);
    if (problems.stream().anyMatch(Problem::isError)) {
      return problems;
    }
    var path = cluster.name() + "/" + FILE;
    tree.add(path, "#cloud-config\n" + Headers.yaml(source) + placeholders.header() + document);
    if (placeholders.any() && resolver != null) {
      var values = SecretText.values(resolver);
      var complete = document(cluster, hostFiles, values, new ArrayList<>());
      if (values.unavailable().isEmpty()) {
        secrets.add(path, "#cloud-config\n" + Headers.secretYaml(source) + complete);
      }
      values.unavailable().forEach(reason ->
          problems.add(KubeadmRenderer.unavailable(cluster.cloudInit().path(), reason, path)));
    }
    return problems;
  }

  /** What the definition asks for that the form has no place for. */
  private static void unsupportedSettings(Cluster cluster, List<Problem> problems) {
    var cloudInit = cluster.cloudInit();
    cluster.kubeadm().ifPresent(kubeadm -> problems.add(Problem.error(UNSUPPORTED, kubeadm.path(),
            "the CoreOS form installs no packages and runs no commands, so it cannot bring nodes up with kubeadm")
        .hint("use CloudInit.Target.CLOUD_CONFIG, or run the control plane from units in the host profiles")));
    if (!cloudInit.packages().isEmpty()) {
      problems.add(Problem.error(UNSUPPORTED, cloudInit.path().field("packages"),
              "the CoreOS form installs no packages: " + cloudInit.packages())
          .hint("remove them; CoreOS ships Docker and containerd, other software runs in containers"));
    }
    if (!cloudInit.bootCommands().isEmpty() || !cloudInit.commands().isEmpty()) {
      var commands = new ArrayList<String>();
      cloudInit.bootCommands().forEach(run -> commands.add(String.join(" ", run.argv())));
      cloudInit.commands().forEach(run -> commands.add(String.join(" ", run.argv())));
      problems.add(Problem.error(UNSUPPORTED, cloudInit.path().field("commands"),
              "the CoreOS form runs no commands: " + commands)
          .hint("run them from a oneshot Service in a host profile (Type=oneshot, WantedBy=multi-user.target)"));
    }
  }

  private static String document(Cluster cluster, FileTree hostFiles, SecretText secrets, List<Problem> problems) {
    var planner = new NodeSetupPlanner(cluster, hostFiles);
    var setups = new LinkedHashMap<Node, NodeSetup>();
    for (Node node : cluster.nodes()) {
      setups.put(node, planner.setup(node, secrets));
    }
    var allHosts = new LinkedHashSet<String>();
    cluster.nodes().forEach(node -> allHosts.add(node.name()));

    var files = new LinkedHashMap<String, NodeSetup.SetupFile>();
    var filesOn = new LinkedHashMap<String, Set<String>>();
    var units = new LinkedHashMap<String, Unit>();
    for (var entry : setups.entrySet()) {
      var node = entry.getKey();
      for (NodeSetup.SetupFile file : entry.getValue().files()) {
        if (file.path().equals(NodeSetupPlanner.KUBEADM_CONFIG) || file.path().equals(NodeSetupPlanner.CNI_MANIFEST)) {
          continue; // kubeadm's, reported as a whole by unsupportedSettings
        }
        if (isUnit(file.path())) {
          unit(cluster, node, file, units, problems);
          continue;
        }
        var first = files.putIfAbsent(file.path(), file);
        if (first != null && !first.equals(file)) {
          problems.add(differs(cluster, node, "file " + file.path()));
        }
        filesOn.computeIfAbsent(file.path(), p -> new LinkedHashSet<>()).add(node.name());
      }
      entry.getValue().steps().forEach(step -> step.accept(new UnitCommands(units)));
    }
    filesOn.forEach((path, hosts) -> {
      if (!hosts.equals(allHosts)) {
        problems.add(Problem.error(UNSUPPORTED, cluster.path(), "file " + path + " is for " + hosts
                + " only, but the CoreOS form writes every file on every host")
            .hint("give every node the same file, or use CloudInit.Target.CLOUD_CONFIG"));
      }
    });
    units.values().forEach(unit -> {
      if (!unit.dropInHosts.isEmpty() && !unit.dropInHosts.equals(allHosts)) {
        problems.add(Problem.error(UNSUPPORTED, cluster.path(), "the drop-ins of " + unit.name + " are for "
                + unit.dropInHosts + " only, but the CoreOS form writes every drop-in on every host")
            .hint("give every node the same drop-ins, or use CloudInit.Target.CLOUD_CONFIG"));
      }
    });

    var tree = new LinkedHashMap<String, Object>();
    setups.values().iterator().next().adminUser().ifPresent(admin -> {
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
        entry.put("content", file.content());
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

  /** Whether the file is a unit or a unit's drop-in. */
  private static boolean isUnit(String path) {
    return path.startsWith(UNIT_DIRECTORY) && path.indexOf('/', UNIT_DIRECTORY.length()) < 0
        || path.startsWith(UNIT_DIRECTORY) && path.substring(UNIT_DIRECTORY.length()).matches("[^/]+\\.d/[^/]+\\.conf");
  }

  /** Records a unit file or drop-in of {@code node}, from the typed unit of its profile. */
  private static void unit(Cluster cluster, Node node, NodeSetup.SetupFile file, Map<String, Unit> units,
      List<Problem> problems) {
    var relative = file.path().substring(UNIT_DIRECTORY.length());
    int slash = relative.indexOf('/');
    var name = slash < 0 ? relative : relative.substring(0, slash - 2);
    var unit = units.computeIfAbsent(name, Unit::new);
    if (slash < 0) {
      var declared = node.profile().units().stream().filter(u -> u.name().value().equals(name)).findFirst().orElseThrow();
      if (unit.declared != null && !unit.declared.equals(declared)) {
        problems.add(differs(cluster, node, "unit " + name));
      }
      unit.declared = declared;
      unit.hosts.add(node.name());
    } else {
      var dropInName = relative.substring(slash + 1);
      var first = unit.dropIns.putIfAbsent(dropInName, file.content());
      if (first != null && !first.equals(file.content())) {
        problems.add(differs(cluster, node, "drop-in " + relative));
      }
      unit.dropInHosts.add(node.name());
    }
  }

  private static Problem differs(Cluster cluster, Node node, String what) {
    return Problem.error(UNSUPPORTED, cluster.path(node), what + " differs from another node's, but the CoreOS "
            + "form writes one " + what.substring(0, what.indexOf(' ')) + " for every host")
        .hint("give the nodes the same " + what + ", or use CloudInit.Target.CLOUD_CONFIG");
  }

  /** One entry of {@code coreos.units}. */
  private static final class Unit {
    final String name;
    SystemdUnit declared;
    final Set<String> hosts = new LinkedHashSet<>();
    final Map<String, String> dropIns = new LinkedHashMap<>();
    final Set<String> dropInHosts = new LinkedHashSet<>();
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
    // unsupportedSettings, so they are left out here.

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
