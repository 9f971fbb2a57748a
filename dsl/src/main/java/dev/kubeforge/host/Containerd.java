package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;
import dev.kubeforge.core.CgroupDriver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * containerd's configuration for the kubelet's CRI: {@code /etc/containerd/config.toml} of a host profile.
 * The file replaces the packaged one (Docker's containerd.io package ships one that disables the CRI
 * plugin), so the kubelet can use {@code unix:///run/containerd/containerd.sock}.
 *
 * <p>Config version 2 (the default) is read by containerd 1.x and 2.x; version 3 only by containerd 2.x,
 * with the CRI plugin split into {@code io.containerd.cri.v1.images} and {@code io.containerd.cri.v1.runtime}.
 * Both render the same settings at their own keys.
 *
 * @param version the config version, 2 or 3
 * @param cgroupDriver the runc runtime's cgroup driver: {@code SystemdCgroup = true} for
 *     {@link CgroupDriver#SYSTEMD}; must match the kubelet's ({@code cgroup-driver-mismatch})
 * @param sandboxImage the pause image of every pod, or {@code null} for containerd's default
 * @param registryConfigPath the directory of per-registry {@code hosts.toml} files, or {@code null};
 *     {@link #CERTS_D} once a {@link #registry(Registry)} is declared
 * @param snapshotter the snapshotter for Kubernetes images, or {@code null} (overlayfs, or the proxy snapshotter)
 * @param proxySnapshotter a snapshotter plugin outside containerd that the CRI uses instead, or {@code null}
 * @param root {@code root}: persistent data, or {@code null} ({@code /var/lib/containerd})
 * @param state {@code state}: runtime data, or {@code null} ({@code /run/containerd})
 * @param runtimes the runtime handlers besides runc, in the order added
 * @param defaultRuntime {@code default_runtime_name}: {@code runc} or the name of a handler of {@code runtimes}
 * @param runcBinaryName runc's {@code options.BinaryName}, or {@code null} ({@code runc} on the path)
 * @param runcRoot runc's {@code options.Root}: where runc keeps container state, or {@code null} (runc's default)
 * @param registries the registries written as {@code <registryConfigPath>/<name>/hosts.toml}, sorted by name
 * @param options keys set through the escape hatch {@link #option(String, OptionValue)}, sorted by key
 * @see <a href="https://github.com/containerd/containerd/blob/main/docs/cri/config.md">containerd: CRI plugin config</a>
 */
public record Containerd(
    int version, CgroupDriver cgroupDriver, String sandboxImage, String registryConfigPath, Snapshotter snapshotter,
    ProxySnapshotter proxySnapshotter, String root, String state, List<RuntimeHandler> runtimes, String defaultRuntime, String runcBinaryName,
    String runcRoot, List<Registry> registries, List<Setting> options)
    implements OptionKeys<Containerd> {

  /**
   * The keys the typed methods write, in either config version; {@link #option} refuses them, the
   * tables that hold them and anything below them.
   */
  private static final List<List<String>> TYPED_KEYS = List.of(
      List.of("version"), List.of("root"), List.of("state"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "default_runtime_name"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "runtimes", "runc", "runtime_type"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "runtimes", "runc", "options", "SystemdCgroup"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "runtimes", "runc", "options", "BinaryName"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "runtimes", "runc", "options", "Root"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "containerd", "snapshotter"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "sandbox_image"),
      List.of("plugins", "io.containerd.grpc.v1.cri", "registry", "config_path"),
      List.of("plugins", "io.containerd.cri.v1.images", "snapshotter"),
      List.of("plugins", "io.containerd.cri.v1.images", "pinned_images", "sandbox"),
      List.of("plugins", "io.containerd.cri.v1.images", "registry", "config_path"),
      List.of("plugins", "io.containerd.cri.v1.runtime", "containerd", "default_runtime_name"),
      List.of("plugins", "io.containerd.cri.v1.runtime", "containerd", "runtimes", "runc", "runtime_type"),
      List.of("plugins", "io.containerd.cri.v1.runtime", "containerd", "runtimes", "runc", "options", "SystemdCgroup"),
      List.of("plugins", "io.containerd.cri.v1.runtime", "containerd", "runtimes", "runc", "options", "BinaryName"),
      List.of("plugins", "io.containerd.cri.v1.runtime", "containerd", "runtimes", "runc", "options", "Root"));

  /** The {@code config_path} a declared registry gets unless {@link #registryConfigPath(String)} says otherwise. */
  public static final String CERTS_D = "/etc/containerd/certs.d";

  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  /**
   * A key of {@code config.toml} set through {@link #option}.
   *
   * @param key the dotted key's parts, such as {@code plugins}, {@code io.containerd.grpc.v1.cri},
   *     {@code enable_unprivileged_ports}
   * @param value its value
   */
  public record Setting(List<String> key, OptionValue value) {
    public Setting {
      key = List.copyOf(key);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("a config.toml key has at least one part");
      }
      requireNonNull(value, "value");
    }
  }

  public Containerd {
    if (version != 2 && version != 3) {
      throw new IllegalArgumentException("containerd config version is 2 or 3, was " + version);
    }
    requireNonNull(cgroupDriver, "cgroupDriver");
    runtimes = List.copyOf(runtimes);
    requireNonNull(defaultRuntime, "defaultRuntime");
    if (!defaultRuntime.equals("runc") && runtimes.stream().noneMatch(r -> r.name().equals(defaultRuntime))) {
      throw new IllegalArgumentException("default runtime '" + defaultRuntime + "' is neither runc nor a declared"
          + " runtime handler; add it with runtime(RuntimeHandler) first");
    }
    var byName = new ArrayList<>(registries);
    byName.sort(Comparator.comparing(Registry::name));
    registries = List.copyOf(byName);
    if (!registries.isEmpty() && registryConfigPath == null) {
      registryConfigPath = CERTS_D;
    }
    var sorted = new ArrayList<>(options);
    sorted.sort(Comparator.comparing(setting -> String.join("\0", setting.key())));
    options = List.copyOf(sorted);
  }

  /**
   * Config version 2 with the systemd cgroup driver ({@code SystemdCgroup = true}, as Kubernetes
   * recommends on systemd hosts); everything else at containerd's defaults.
   */
  public static Containerd create() {
    return new Containerd(2, CgroupDriver.SYSTEMD, null, null, null, null, null, null, List.of(), "runc", null, null,
        List.of(), List.of());
  }

  /** Returns a copy written as config {@code version} 2 (containerd 1.x and 2.x) or 3 (2.x only). Defaults to 2. */
  public Containerd configVersion(int version) {
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /** Returns a copy with the runc cgroup driver set ({@code SystemdCgroup}). Defaults to systemd. Replaces. */
  public Containerd cgroupDriver(CgroupDriver driver) {
    return new Containerd(version, driver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy with the pause image set, such as {@code registry.k8s.io/pause:3.10}
   * ({@code sandbox_image} in version 2, {@code pinned_images.sandbox} in version 3). Not set by default.
   */
  public Containerd sandboxImage(String image) {
    requireNonNull(image, "image");
    if (image.isBlank() || image.contains(" ")) {
      throw new IllegalArgumentException("not an image reference: '" + image + "'");
    }
    return new Containerd(version, cgroupDriver, image, registryConfigPath, snapshotter, proxySnapshotter, root, state,
        runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy with the registry {@code config_path} set, such as {@code /etc/containerd/certs.d}:
   * mirrors and credentials per registry, in {@code <host>/hosts.toml}. Not set by default.
   */
  public Containerd registryConfigPath(String path) {
    var checked = Directives.absolutePath("config_path", path);
    return new Containerd(version, cgroupDriver, sandboxImage, checked, snapshotter, proxySnapshotter, root, state,
        runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /** Returns a copy with the CRI snapshotter set. Not set by default (overlayfs). Replaces a proxy snapshotter. */
  public Containerd snapshotter(Snapshotter snapshotter) {
    requireNonNull(snapshotter, "snapshotter");
    ProxySnapshotter proxySnapshotter = null;
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy whose CRI snapshotter is a proxy plugin, such as the stargz or fuse-overlayfs
   * snapshotter: {@code proxy_plugins.<name>} with {@code type = 'snapshot'} and its socket's
   * {@code address}, and the CRI's {@code snapshotter = '<name>'}. Further keys of the plugin (its
   * {@code exports}) go through {@link #option}. Not set by default. Replaces {@link #snapshotter(Snapshotter)}.
   */
  public Containerd proxySnapshotter(String name, String address) {
    var proxySnapshotter = new ProxySnapshotter(name, Directives.absolutePath("address", address));
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, null, proxySnapshotter, root, state,
        runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * A snapshotter plugin that runs outside containerd and serves a socket.
   *
   * @param name the plugin's name, which the CRI's {@code snapshotter} names, such as {@code stargz}
   * @param address the plugin's socket
   */
  public record ProxySnapshotter(String name, String address) {
    public ProxySnapshotter {
      requireNonNull(name, "name");
      if (!BARE_KEY.matcher(name).matches()) {
        throw new IllegalArgumentException("proxy snapshotter name takes letters, digits, '_' and '-': '" + name + "'");
      }
      requireNonNull(address, "address");
    }
  }

  /** Returns a copy with {@code root} set: where images and snapshots are kept. Not set by default. */
  public Containerd root(String path) {
    var checked = Directives.absolutePath("root", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter,
        checked, state, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /** Returns a copy with {@code state} set: where runtime state is kept. Not set by default. */
  public Containerd state(String path) {
    var checked = Directives.absolutePath("state", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        checked, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy with a runtime handler added next to runc, such as NVIDIA's or Kata's: the table
   * {@code containerd.runtimes.<name>} of the CRI plugin, which a {@code RuntimeClass}'s {@code handler}
   * names. Not set by default (runc only). Adds; a second handler of the same name is refused.
   */
  public Containerd runtime(RuntimeHandler handler) {
    requireNonNull(handler, "handler");
    if (runtimes.stream().anyMatch(r -> r.name().equals(handler.name()))) {
      throw new IllegalArgumentException("runtime handler '" + handler.name() + "' is declared twice");
    }
    var all = new ArrayList<>(runtimes);
    all.add(handler);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, all, defaultRuntime, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy with {@code default_runtime_name} set: the handler pods without a {@code RuntimeClass}
   * run on, {@code runc} or a handler declared with {@link #runtime(RuntimeHandler)} before. Defaults to
   * {@code runc}. Replaces.
   */
  public Containerd defaultRuntime(String name) {
    requireNonNull(name, "name");
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, name, runcBinaryName, runcRoot, registries, options);
  }

  /**
   * Returns a copy with runc's {@code options.BinaryName} set: the runc binary the default handler runs,
   * such as {@code /usr/local/sbin/runc}. Not set by default ({@code runc} on the path). Replaces.
   */
  public Containerd runcBinaryName(String path) {
    var checked = Directives.absolutePath("BinaryName", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, checked, runcRoot, registries, options);
  }

  /**
   * Returns a copy with runc's {@code options.Root} set: where runc keeps its container state, such as
   * {@code /run/containerd/runc}. Not set by default (runc's own). Replaces.
   */
  public Containerd runcRoot(String path) {
    var checked = Directives.absolutePath("Root", path);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, checked, registries, options);
  }

  /**
   * Returns a copy with a registry's {@code hosts.toml} added: {@code <config_path>/<name>/hosts.toml}
   * beside {@code config.toml}, with its mirrors; {@code config_path} becomes {@link #CERTS_D} unless
   * {@link #registryConfigPath(String)} set another. Not set by default. Adds; a registry twice is refused.
   *
   * @see <a href="https://github.com/containerd/containerd/blob/main/docs/hosts.md">containerd: registry hosts</a>
   */
  public Containerd registry(Registry registry) {
    requireNonNull(registry, "registry");
    if (registries.stream().anyMatch(r -> r.name().equals(registry.name()))) {
      throw new IllegalArgumentException("registry " + registry.name() + " is declared twice");
    }
    var all = new ArrayList<>(registries);
    all.add(registry);
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, runcRoot, all, options);
  }

  /**
   * Sets any other key of {@code config.toml}: the escape hatch, for settings Kubeforge has no method for.
   * {@code key} is a TOML dotted key whose parts are bare ({@code [A-Za-z0-9_-]+}) or quoted with
   * {@code "} or {@code '}, such as {@code plugins."io.containerd.grpc.v1.cri".enable_unprivileged_ports}
   * or {@code plugins.'io.containerd.grpc.v1.cri'.containerd.runtimes.runc.options.BinaryName}. The keys
   * the typed methods write (in config version 2 or 3), the tables holding them, and keys below another
   * option's are refused. Written where the key says, whatever the config version. Not set by default.
   * Replaces that key.
   *
   * @see <a href="https://github.com/containerd/containerd/blob/main/docs/cri/config.md">containerd: CRI plugin config</a>
   */
  @Override
  public Containerd option(String key, OptionValue value) {
    requireNonNull(value, "value");
    var parts = dottedKey(key);
    for (List<String> typed : TYPED_KEYS) {
      if (nested(parts, typed)) {
        throw new IllegalArgumentException("config.toml key '" + key + "' is or holds a key with a typed method on"
            + " Containerd (" + String.join(".", typed) + "); use it");
      }
    }
    for (RuntimeHandler handler : runtimes) {
      for (String plugin : List.of("io.containerd.grpc.v1.cri", "io.containerd.cri.v1.runtime")) {
        var table = List.of("plugins", plugin, "containerd", "runtimes", handler.name());
        if (nested(parts, table)) {
          throw new IllegalArgumentException("config.toml key '" + key + "' is or holds runtime handler "
              + handler.name() + ", which runtime(RuntimeHandler) writes; set it there");
        }
      }
    }
    if (proxySnapshotter != null) {
      for (String written : List.of("type", "address")) {
        if (nested(parts, List.of("proxy_plugins", proxySnapshotter.name(), written))) {
          throw new IllegalArgumentException("config.toml key '" + key + "' is or holds proxy_plugins."
              + proxySnapshotter.name() + "." + written + ", which proxySnapshotter(name, address) writes; set it there");
        }
      }
    }
    var all = new ArrayList<Setting>();
    for (Setting setting : options) {
      if (setting.key().equals(parts)) {
        continue;
      }
      if (nested(parts, setting.key())) {
        throw new IllegalArgumentException("config.toml key '" + key + "' overlaps option "
            + String.join(".", setting.key()) + "; set one of them");
      }
      all.add(setting);
    }
    all.add(new Setting(parts, value));
    return new Containerd(version, cgroupDriver, sandboxImage, registryConfigPath, snapshotter, proxySnapshotter, root,
        state, runtimes, defaultRuntime, runcBinaryName, runcRoot, registries, all);
  }

  /** Whether one key is the other or lies below it. */
  private static boolean nested(List<String> a, List<String> b) {
    int common = Math.min(a.size(), b.size());
    return a.subList(0, common).equals(b.subList(0, common));
  }

  /** The parts of a TOML dotted key: bare or quoted, separated by '.', with optional spaces around it. */
  private static List<String> dottedKey(String key) {
    requireNonNull(key, "key");
    var parts = new ArrayList<String>();
    int i = 0;
    while (true) {
      while (i < key.length() && key.charAt(i) == ' ') {
        i++;
      }
      int end;
      String part;
      if (i < key.length() && (key.charAt(i) == '"' || key.charAt(i) == '\'')) {
        end = key.indexOf(key.charAt(i), i + 1);
        part = end < 0 ? null : key.substring(i + 1, end);
        if (part == null || part.isEmpty() || part.indexOf('\\') >= 0 || part.chars().anyMatch(c -> c < 0x20)) {
          throw notAKey(key);
        }
        end++;
      } else {
        end = i;
        while (end < key.length() && key.charAt(end) != '.' && key.charAt(end) != ' ') {
          end++;
        }
        part = key.substring(i, end);
        if (!BARE_KEY.matcher(part).matches()) {
          throw notAKey(key);
        }
      }
      parts.add(part);
      i = end;
      while (i < key.length() && key.charAt(i) == ' ') {
        i++;
      }
      if (i == key.length()) {
        return parts;
      }
      if (key.charAt(i) != '.') {
        throw notAKey(key);
      }
      i++;
    }
  }

  private static IllegalArgumentException notAKey(String key) {
    return new IllegalArgumentException("not a TOML dotted key: '" + key
        + "' (parts of letters, digits, '_' and '-', or quoted, joined by '.', such as"
        + " plugins.\"io.containerd.grpc.v1.cri\".enable_unprivileged_ports)");
  }
}
