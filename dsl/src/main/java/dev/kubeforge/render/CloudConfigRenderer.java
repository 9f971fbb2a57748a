package dev.kubeforge.render;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.cluster.NodeSetup;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders each node's {@code #cloud-config} user-data, {@code <cluster>/cloud-init/<node>.yaml}, for
 * cloud-init on a bare Debian or Ubuntu image. The keys follow the order cloud-init acts in: hostname and
 * users, early boot commands, package sources and packages, files, then the bootstrap commands.
 */
public final class CloudConfigRenderer implements Renderer {

  /** Where the kubelet's admin kubeconfig is after {@code kubeadm init} or a control-plane join. */
  static final String ADMIN_CONF = "/etc/kubernetes/admin.conf";

  /** A word {@code sh} reads as itself: no quoting, globbing, expansion or separator. */
  private static final Pattern SHELL_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  /** A node's file, below the cluster's folder, in either tree. */
  public static String path(Cluster cluster, Node node) {
    return cluster.name() + "/cloud-init/" + node.name() + ".yaml";
  }

  /**
   * Renders every node's cloud-config when the cluster's cloud-init target is
   * {@link CloudInit.Target#CLOUD_CONFIG}, from its planned {@link NodeSetup}; when the generation read
   * secrets, the complete form of each file that holds one goes to the secrets tree, unless one of its
   * values is unavailable.
   */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    if (cluster.cloudInit().target() != CloudInit.Target.CLOUD_CONFIG) {
      return;
    }
    var source = context.source();
    var hostTexts = new IdentityHashMap<HostFile, String>(); // nodes of one profile share its files
    for (Node node : cluster.nodes()) {
      var path = path(cluster, node);
      var setup = cluster.setup(node);
      var placeholders = SecretText.placeholders();
      var contents = contents(cluster, source, setup, placeholders, hostTexts);
      context.files().add(path, document(setup, contents, Headers.yaml(source) + placeholders.header()));
      if (placeholders.any() && context.secrets().isRead()) {
        var values = SecretText.values(context.secrets());
        var complete = document(setup, contents(cluster, source, setup, values, hostTexts), Headers.secretYaml(source));
        if (values.complete()) {
          context.secretFiles().add(path, complete);
        }
      }
    }
  }

  /**
   * The text of each of the setup's files, in order, with secrets as {@code secrets} says; host files'
   * texts are kept in {@code hostTexts} for the next node.
   */
  static List<String> contents(Cluster cluster, String source, NodeSetup setup, SecretText secrets,
      Map<HostFile, String> hostTexts) {
    var contents = new ArrayList<String>(setup.files().size());
    for (NodeSetup.SetupFile file : setup.files()) {
      var content = file.content();
      if (content instanceof NodeSetup.Host host) {
        contents.add(hostTexts.computeIfAbsent(host.file(), f -> HostFileText.of(source, f)));
      } else if (content instanceof NodeSetup.Text text) {
        contents.add(text.text());
      } else if (content instanceof NodeSetup.Secret secret) {
        contents.add(secrets.text(secret.value(), file.path(), SecretText.Format.TEXT));
      } else if (content instanceof NodeSetup.KubeadmConfig config) {
        contents.add(KubeadmRenderer.documents(config.documents(), secrets.under(file.path())));
      } else {
        contents.add(objects(cluster, ((NodeSetup.Manifest) content).namespace())); // the last variant
      }
    }
    return contents;
  }

  /** The objects of a namespace of the definition, as one YAML stream. */
  private static String objects(Cluster cluster, String namespace) {
    var out = new StringBuilder(4096);
    for (Namespace candidate : cluster.namespaces()) {
      if (!candidate.name().equals(namespace)) {
        continue;
      }
      for (KubeObject object : candidate.objects()) {
        if (out.length() > 0) {
          out.append("---\n");
        }
        YamlWriter.writeDocument(ObjectTree.of(object.readOnlyResource()), out);
      }
    }
    return out.toString();
  }

  /** One node's cloud-config: the {@code #cloud-config} line, the header lines, then the document. */
  static String document(NodeSetup setup, List<String> contents, String header) {
    var out = new StringBuilder(8192).append("#cloud-config\n").append(header);
    YamlWriter.writeDocument(tree(setup, contents), out);
    return out.toString();
  }

  private static Map<String, Object> tree(NodeSetup setup, List<String> contents) {
    var tree = new LinkedHashMap<String, Object>();
    tree.put("hostname", setup.hostname());
    tree.put("manage_etc_hosts", true);
    setup.adminUser().ifPresent(admin -> {
      var user = new LinkedHashMap<String, Object>();
      user.put("name", admin.name());
      user.put("groups", List.of("sudo"));
      user.put("shell", "/bin/bash");
      user.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
      user.put("lock_passwd", true);
      if (!admin.sshAuthorizedKeys().isEmpty()) {
        user.put("ssh_authorized_keys", admin.sshAuthorizedKeys());
      }
      tree.put("users", List.of("default", user));
    });
    if (!setup.bootSteps().isEmpty()) {
      tree.put("bootcmd", commands(setup.bootSteps(), true));
    }
    if (!setup.aptSources().isEmpty()) {
      var sources = new LinkedHashMap<String, Object>();
      for (NodeSetup.AptSource source : setup.aptSources()) {
        sources.put(source.name(), Map.of("source", source.line()));
      }
      tree.put("apt", Map.of("sources", sources));
    }
    if (!setup.packages().isEmpty()) {
      tree.put("package_update", true);
      var packages = new ArrayList<Object>();
      for (NodeSetup.Package p : setup.packages()) {
        packages.add(p.version().isPresent() ? List.of(p.name(), p.version().get()) : p.name());
      }
      tree.put("packages", packages);
    }
    if (!setup.files().isEmpty()) {
      var files = new ArrayList<Object>();
      for (int i = 0; i < setup.files().size(); i++) {
        var file = setup.files().get(i);
        var entry = new LinkedHashMap<String, Object>();
        entry.put("path", file.path());
        entry.put("owner", file.owner());
        entry.put("permissions", file.permissions());
        if (file.ofPackage()) {
          entry.put("defer", true);
        }
        entry.put("content", contents.get(i));
        files.add(entry);
      }
      tree.put("write_files", files);
    }
    if (!setup.steps().isEmpty()) {
      tree.put("runcmd", commands(setup.steps(), false));
    }
    return tree;
  }

  /**
   * Each step as commands; boot commands run at every boot, so one-off ones are guarded. A command whose
   * words need no quoting is written as one line (cloud-init runs it with {@code sh}, to the same effect),
   * any other as an argument list, which cloud-init runs without a shell.
   */
  private static List<Object> commands(List<Step> steps, boolean boot) {
    var commands = new ArrayList<Object>();
    for (Step step : steps) {
      for (List<String> argv : argv(step)) {
        var command = argv;
        if (boot && step instanceof Step.Download download) {
          command = new ArrayList<>(List.of("cloud-init-per", "once", onceName(download.path())));
          command.addAll(argv);
        }
        commands.add(command.stream().allMatch(word -> SHELL_WORD.matcher(word).matches())
            ? String.join(" ", command) : command);
      }
    }
    return commands;
  }

  /** The commands of one step. */
  static List<List<String>> argv(Step step) {
    return step.accept(Commands.INSTANCE);
  }

  /** Each step as the commands that carry it out on Debian or Ubuntu. */
  private static final class Commands implements Step.Visitor<List<List<String>>> {
    static final Commands INSTANCE = new Commands();

    @Override
    public List<List<String>> download(Step.Download step) {
      return List.of(List.of("curl", "-fsSL", "--create-dirs", "-o", step.path(), step.url()));
    }

    @Override
    public List<List<String>> loadModules(Step.LoadModules step) {
      return List.of(List.of("systemctl", "restart", "systemd-modules-load.service"));
    }

    @Override
    public List<List<String>> applySysctl(Step.ApplySysctl step) {
      return List.of(List.of("sysctl", "--system"));
    }

    @Override
    public List<List<String>> swapOff(Step.SwapOff step) {
      return List.of(List.of("swapoff", "-a"));
    }

    @Override
    public List<List<String>> daemonReload(Step.DaemonReload step) {
      return List.of(List.of("systemctl", "daemon-reload"));
    }

    @Override
    public List<List<String>> restartUnits(Step.RestartUnits step) {
      return List.of(concat(List.of("systemctl", "restart"), step.units()));
    }

    @Override
    public List<List<String>> enableUnits(Step.EnableUnits step) {
      return List.of(concat(List.of("systemctl", "enable", "--now"), step.units()));
    }

    @Override
    public List<List<String>> holdPackages(Step.HoldPackages step) {
      return List.of(concat(List.of("apt-mark", "hold"), step.packages()));
    }

    @Override
    public List<List<String>> kubeadmInit(Step.KubeadmInit step) {
      return List.of(step.uploadCertificates()
          ? List.of("kubeadm", "init", "--config", step.config(), "--upload-certs")
          : List.of("kubeadm", "init", "--config", step.config()));
    }

    @Override
    public List<List<String>> kubeadmJoin(Step.KubeadmJoin step) {
      return List.of(
          List.of("bash", "-c", "until timeout 5 bash -c '</dev/tcp/" + step.apiServerHost() + "/"
              + step.apiServerPort() + "' 2>/dev/null; do sleep 5; done"),
          List.of("kubeadm", "join", "--config", step.config()));
    }

    @Override
    public List<List<String>> adminKubeconfig(Step.AdminKubeconfig step) {
      return List.of(
          List.of("install", "-d", "-m", "0700", "-o", step.user(), "-g", step.user(), step.home() + "/.kube"),
          List.of("install", "-m", "0600", "-o", step.user(), "-g", step.user(), ADMIN_CONF,
              step.home() + "/.kube/config"));
    }

    @Override
    public List<List<String>> applyManifest(Step.ApplyManifest step) {
      return List.of(List.of("kubectl", "--kubeconfig", ADMIN_CONF, "apply", "-f", step.manifest()));
    }

    @Override
    public List<List<String>> run(Step.Run step) {
      return List.of(step.argv());
    }
  }

  private static List<String> concat(List<String> head, List<String> tail) {
    var all = new ArrayList<String>(head);
    all.addAll(tail);
    return all;
  }

  /** A semaphore name for {@code cloud-init-per}: the file name's letters and digits. */
  private static String onceName(String path) {
    var name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return "download-" + name;
  }
}
