package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kernel modules loaded at boot: {@code /etc/modules-load.d/<name>.conf} of a host profile, one module
 * per line, in the order given.
 *
 * @param name the file name without {@code .conf}, such as {@code 90-kubernetes}
 * @param modules the module names, in order
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/modules-load.d.html">modules-load.d(5)</a>
 */
public record KernelModules(String name, List<String> modules) {

  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_-]+");

  public KernelModules {
    requireNonNull(name, "name");
    if (name.endsWith(".conf") || !FILE.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "not a modules-load.d file name: '" + name + "' (without .conf, such as 90-kubernetes)");
    }
    modules = List.copyOf(modules);
  }

  /** An empty {@code modules-load.d} file {@code name}.conf. */
  public static KernelModules named(String name) {
    return new KernelModules(name, List.of());
  }

  /**
   * The modules Kubernetes needs, as {@code 90-kubernetes.conf}: {@code overlay} (containerd's and
   * Docker's overlay snapshotter) and {@code br_netfilter} (bridged pod traffic through iptables).
   */
  public static KernelModules kubernetes() {
    return named("90-kubernetes").modules("overlay", "br_netfilter");
  }

  /** Returns a copy with the modules added, such as {@code ip_vs}; a module already listed is not repeated. */
  public KernelModules modules(String... names) {
    var all = new ArrayList<>(modules);
    for (String module : names) {
      requireNonNull(module, "module");
      if (!MODULE.matcher(module).matches()) {
        throw new IllegalArgumentException("not a kernel module name: '" + module + "'");
      }
      if (!all.contains(module)) {
        all.add(module);
      }
    }
    return new KernelModules(name, all);
  }
}
