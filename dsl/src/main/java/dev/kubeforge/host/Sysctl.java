package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kernel parameters set at boot: {@code /etc/sysctl.d/<name>.conf} of a host profile, one
 * {@code key = value} line each, sorted by key. systemd-sysctl applies the files in name order after
 * loading {@code modules-load.d}, so parameters of a module ({@code net.bridge.*} of br_netfilter) apply.
 *
 * @param name the file name without {@code .conf}, such as {@code 90-kubernetes}
 * @param parameters the parameters, sorted by key
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/sysctl.d.html">sysctl.d(5)</a>
 */
public record Sysctl(String name, SortedMap<String, String> parameters) {

  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern KEY = Pattern.compile("[a-z0-9_]+([./][a-z0-9_*-]+)+");

  public Sysctl {
    requireNonNull(name, "name");
    if (name.endsWith(".conf") || !FILE.matcher(name).matches()) {
      throw new IllegalArgumentException("not a sysctl.d file name: '" + name + "' (without .conf, such as 90-kubernetes)");
    }
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /** An empty {@code sysctl.d} file {@code name}.conf. */
  public static Sysctl named(String name) {
    return new Sysctl(name, new TreeMap<>());
  }

  /**
   * The parameters Kubernetes networking needs, as {@code 90-kubernetes.conf}: {@code net.ipv4.ip_forward},
   * and {@code net.bridge.bridge-nf-call-iptables}/{@code -ip6tables} so bridged pod traffic passes
   * iptables (they need the br_netfilter module; see {@link KernelModules#kubernetes()}).
   *
   * @see <a href="https://kubernetes.io/docs/setup/production-environment/container-runtimes/#prerequisite-ipv4-forwarding-optional">Kubernetes: container runtime prerequisites</a>
   */
  public static Sysctl kubernetes() {
    return named("90-kubernetes")
        .parameter("net.bridge.bridge-nf-call-ip6tables", "1")
        .parameter("net.bridge.bridge-nf-call-iptables", "1")
        .parameter("net.ipv4.ip_forward", "1");
  }

  /** Returns a copy with {@code key = value} set, such as {@code vm.max_map_count = 262144}. Replaces that key. */
  public Sysctl parameter(String key, String value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a sysctl key: '" + key + "' (such as net.ipv4.ip_forward)");
    }
    if (value.isBlank() || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("sysctl " + key + " needs a one-line value, was '" + value + "'");
    }
    var all = new TreeMap<>(parameters);
    all.put(key, value);
    return new Sysctl(name, all);
  }
}
