package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Cidr;
import dev.kubeforge.core.IpAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Docker daemon's configuration: {@code /etc/docker/daemon.json} of a host profile. Nothing is set by
 * default, so dockerd's own defaults apply to everything not set here; every key set is rendered.
 *
 * <pre>{@code
 * DockerDaemon.create()
 *     .cgroupParent("container.slice")
 *     .cgroupDriver(CgroupDriver.SYSTEMD)
 *     .logDriver(LogDriver.JOURNALD)
 *     .host(DockerHost.unix("/var/run/docker.sock"));
 * }</pre>
 *
 * <p>A key set in {@code daemon.json} must not also be a flag of the daemon's command line: dockerd
 * refuses to start. The packaged {@code docker.service} passes {@code -H fd://}, so {@code hosts} here
 * needs a drop-in that replaces its {@code ExecStart=} ({@code docker-hosts-conflict}).
 *
 * @param hosts {@code hosts}, in order
 * @param tls {@code tls}, {@code tlsverify} and the certificate paths, or {@code null}
 * @param cgroupDriver {@code native.cgroupdriver} in {@code exec-opts}, or {@code null} for dockerd's
 *     default (systemd on cgroup v2 hosts, cgroupfs on cgroup v1)
 * @param execOpts the other {@code exec-opts}, in order
 * @param cgroupParent {@code cgroup-parent}, or {@code null}
 * @param logDriver {@code log-driver}, or {@code null} (json-file)
 * @param logOpts {@code log-opts}, sorted
 * @param logLevel {@code log-level}, or {@code null} (info)
 * @param storageDriver {@code storage-driver}, or {@code null} (chosen by dockerd, overlay2 today)
 * @param storageOpts {@code storage-opts}, in order
 * @param dataRoot {@code data-root}, or {@code null} ({@code /var/lib/docker})
 * @param registryMirrors {@code registry-mirrors}, in order
 * @param insecureRegistries {@code insecure-registries}, in order
 * @param liveRestore {@code live-restore}, or {@code null} (false)
 * @param defaultUlimits {@code default-ulimits}, by limit
 * @param iptables {@code iptables}, or {@code null} (true)
 * @param bip {@code bip}: the default bridge's IPv4 address and prefix, as written, or {@code null} (172.17.0.1/16)
 * @param mtu {@code mtu} of the default bridge, or {@code null} (1500)
 * @param dns {@code dns} servers for containers, in order
 * @param features {@code features} switched on or off, sorted
 * @param proxies {@code proxies}, or {@code null}
 * @param options the other keys, sorted: those the typed methods without a field of their own write
 *     ({@code default-address-pools}, {@code max-concurrent-downloads}, {@code runtimes}...) and those set
 *     through the escape hatch {@link #option(String, OptionValue)}
 * @see <a href="https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file">dockerd: daemon configuration file</a>
 */
public record DockerDaemon(
    List<DockerHost> hosts,
    DockerTls tls,
    CgroupDriver cgroupDriver,
    List<String> execOpts,
    String cgroupParent,
    LogDriver logDriver,
    SortedMap<String, String> logOpts,
    DockerLogLevel logLevel,
    StorageDriver storageDriver,
    List<String> storageOpts,
    String dataRoot,
    List<String> registryMirrors,
    List<String> insecureRegistries,
    Boolean liveRestore,
    Map<ProcessLimit, Ulimit> defaultUlimits,
    Boolean iptables,
    Cidr bip,
    Integer mtu,
    List<IpAddress> dns,
    SortedMap<String, Boolean> features,
    DockerProxies proxies,
    SortedMap<String, OptionValue> options) implements OptionKeys<DockerDaemon> {

  /** The keys the typed methods write; {@link #option} refuses them. */
  static final Set<String> TYPED_KEYS = Set.of(
      "hosts", "tls", "tlsverify", "tlscacert", "tlscert", "tlskey", "exec-opts", "cgroup-parent", "log-driver",
      "log-opts", "log-level", "storage-driver", "storage-opts", "data-root", "registry-mirrors",
      "insecure-registries", "live-restore", "default-ulimits", "iptables", "bip", "mtu", "dns", "features",
      "proxies", "default-address-pools", "max-concurrent-downloads", "max-concurrent-uploads",
      "max-download-attempts", "userland-proxy", "ipv6", "fixed-cidr", "fixed-cidr-v6", "ip-forward", "ip-masq",
      "icc", "debug", "experimental", "metrics-addr", "shutdown-timeout", "no-new-privileges", "dns-search",
      "dns-opts", "labels", "default-runtime", "runtimes", "selinux-enabled", "userns-remap", "exec-root",
      "containerd", "init", "seccomp-profile");

  public DockerDaemon {
    hosts = List.copyOf(hosts);
    execOpts = List.copyOf(execOpts);
    logOpts = Collections.unmodifiableSortedMap(new TreeMap<>(logOpts));
    storageOpts = List.copyOf(storageOpts);
    registryMirrors = List.copyOf(registryMirrors);
    insecureRegistries = List.copyOf(insecureRegistries);
    defaultUlimits = Collections.unmodifiableMap(defaultUlimits.isEmpty()
        ? new EnumMap<>(ProcessLimit.class) : new EnumMap<>(defaultUlimits));
    dns = List.copyOf(dns);
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  /** A configuration with nothing set: an empty {@code daemon.json}, dockerd's defaults throughout. */
  public static DockerDaemon create() {
    return new DockerDaemon(List.of(), null, null, List.of(), null, null, new TreeMap<>(), null, null, List.of(),
        null, List.of(), List.of(), null, Map.of(), null, null, null, List.of(), new TreeMap<>(), null, new TreeMap<>());
  }

  /** Adds an entry to {@code hosts}: an address the daemon listens on. Not set by default (the packaged unit's {@code -H fd://}). */
  public DockerDaemon host(DockerHost host) {
    requireNonNull(host, "host");
    return edit(d -> d.hosts.add(host));
  }

  /**
   * Sets {@code tls}/{@code tlsverify} and the certificate paths; the nodes get the certificates and the
   * key from their user-data. Not set by default (no TLS). Replaces.
   * Every TCP host needs {@link DockerTls#verify} ({@code docker-tcp-without-tls}).
   */
  public DockerDaemon tls(DockerTls tls) {
    requireNonNull(tls, "tls");
    return edit(d -> d.tls = tls);
  }

  /**
   * Sets the cgroup driver, rendered as {@code native.cgroupdriver=<driver>} in {@code exec-opts}. Not set
   * by default (dockerd picks systemd on cgroup v2 hosts, cgroupfs on cgroup v1). Must match containerd's
   * and the kubelet's ({@code cgroup-driver-mismatch}). Replaces.
   */
  public DockerDaemon cgroupDriver(CgroupDriver driver) {
    requireNonNull(driver, "driver");
    return edit(d -> d.cgroupDriver = driver);
  }

  /** Adds an entry to {@code exec-opts}, such as {@code native.umask=normal}; the cgroup driver has its own method. */
  public DockerDaemon execOpt(String option) {
    requireNonNull(option, "option");
    if (!option.matches("[a-z.]+=\\S+") || option.startsWith("native.cgroupdriver=")) {
      throw new IllegalArgumentException("not an exec-opt: '" + option
          + "' (name=value; set the cgroup driver with cgroupDriver(..))");
    }
    return edit(d -> d.execOpts.add(option));
  }

  /**
   * Sets {@code cgroup-parent}: the cgroup containers are created under. With the systemd cgroup driver
   * it is a slice name, such as {@code container.slice}, which the host profile must declare
   * ({@code undeclared-slice}). Not set by default ({@code system.slice}). Replaces.
   */
  public DockerDaemon cgroupParent(String parent) {
    requireNonNull(parent, "parent");
    if (parent.isBlank() || parent.contains(" ")) {
      throw new IllegalArgumentException("cgroup-parent is a slice name or cgroup path, was '" + parent + "'");
    }
    return edit(d -> d.cgroupParent = parent);
  }

  /** {@link #cgroupParent(String)} with a declared slice. */
  public DockerDaemon cgroupParent(Slice slice) {
    return cgroupParent(slice.name().value());
  }

  /** Sets {@code log-driver}. Not set by default ({@code json-file}). Replaces. */
  public DockerDaemon logDriver(LogDriver driver) {
    requireNonNull(driver, "driver");
    return edit(d -> d.logDriver = driver);
  }

  /** Sets one entry of {@code log-opts}, such as {@code max-size=10m}; the driver decides which apply. Replaces that key. */
  public DockerDaemon logOpt(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    return edit(d -> d.logOpts.put(name, value));
  }

  /** Sets {@code log-level} of the daemon. Not set by default ({@code info}). Replaces. */
  public DockerDaemon logLevel(DockerLogLevel level) {
    requireNonNull(level, "level");
    return edit(d -> d.logLevel = level);
  }

  /** Sets {@code storage-driver}. Not set by default (dockerd picks one, overlay2 today). Replaces. */
  public DockerDaemon storageDriver(StorageDriver driver) {
    requireNonNull(driver, "driver");
    return edit(d -> d.storageDriver = driver);
  }

  /** Adds an entry to {@code storage-opts}, such as {@code overlay2.size=20G}. */
  public DockerDaemon storageOpt(String option) {
    requireNonNull(option, "option");
    return edit(d -> d.storageOpts.add(option));
  }

  /** Sets {@code data-root}: where images and containers are kept. Not set by default ({@code /var/lib/docker}). */
  public DockerDaemon dataRoot(String path) {
    var checked = Directives.absolutePath("data-root", path);
    return edit(d -> d.dataRoot = checked);
  }

  /** Adds an entry to {@code registry-mirrors}: a pull-through mirror of Docker Hub, such as {@code https://mirror.gcr.io}. */
  public DockerDaemon registryMirror(String url) {
    requireNonNull(url, "url");
    if (!url.matches("https?://\\S+")) {
      throw new IllegalArgumentException("a registry mirror is an http:// or https:// URL, was '" + url + "'");
    }
    return edit(d -> d.registryMirrors.add(url));
  }

  /** Adds an entry to {@code insecure-registries}: a registry reached without TLS verification ({@code host:port} or a CIDR). */
  public DockerDaemon insecureRegistry(String registry) {
    requireNonNull(registry, "registry");
    return edit(d -> d.insecureRegistries.add(registry));
  }

  /** Sets {@code live-restore}: containers keep running while dockerd restarts. Not set by default (false). */
  public DockerDaemon liveRestore(boolean enabled) {
    return edit(d -> d.liveRestore = enabled);
  }

  /** Sets an entry of {@code default-ulimits}, such as {@code nofile} 65536/65536. Replaces that limit. */
  public DockerDaemon defaultUlimit(ProcessLimit limit, long soft, long hard) {
    var ulimit = new Ulimit(limit, soft, hard);
    return edit(d -> d.defaultUlimits.put(limit, ulimit));
  }

  /** Sets {@code iptables}: whether dockerd manages iptables rules. Not set by default (true). */
  public DockerDaemon iptables(boolean enabled) {
    return edit(d -> d.iptables = enabled);
  }

  /** Sets {@code bip}: the default bridge's address with prefix, such as {@code 172.26.0.1/16}. Not set by default. */
  public DockerDaemon bip(String addressWithPrefix) {
    requireNonNull(addressWithPrefix, "addressWithPrefix");
    Cidr bip;
    try {
      bip = Cidr.parse(addressWithPrefix);
    } catch (IllegalArgumentException e) {
      bip = null;
    }
    if (bip == null || !bip.network().isV4()) {
      throw new IllegalArgumentException("bip is an IPv4 address with a prefix length, was '" + addressWithPrefix + "'");
    }
    var checked = bip;
    return edit(d -> d.bip = checked);
  }

  /** Sets {@code mtu} of the default bridge, 68..65535. Not set by default (1500). */
  public DockerDaemon mtu(int mtu) {
    if (mtu < 68 || mtu > 65535) {
      throw new IllegalArgumentException("mtu must be within 68..65535, was " + mtu);
    }
    return edit(d -> d.mtu = mtu);
  }

  /** Adds an entry to {@code dns}: a DNS server address for containers. Not set by default (the host's). */
  public DockerDaemon dns(IpAddress address) {
    requireNonNull(address, "address");
    return edit(d -> d.dns.add(address));
  }

  /** {@link #dns(IpAddress)} with an address literal, such as {@code 10.0.0.2}. */
  public DockerDaemon dns(String address) {
    requireNonNull(address, "address");
    if (!IpAddress.isValid(address)) {
      throw new IllegalArgumentException("a DNS server is an IP address, was '" + address + "'");
    }
    return dns(IpAddress.parse(address));
  }

  /** Sets an entry of {@code features}, such as {@code containerd-snapshotter}. Replaces that feature. */
  public DockerDaemon feature(String name, boolean enabled) {
    requireNonNull(name, "name");
    return edit(d -> d.features.put(name, enabled));
  }

  /**
   * Sets {@code proxies}: the HTTP(S) proxies dockerd pulls through (Docker 23 and later), instead of
   * {@code HTTP_PROXY} in the service's environment. Not set by default. Replaces.
   */
  public DockerDaemon proxies(DockerProxies proxies) {
    requireNonNull(proxies, "proxies");
    return edit(d -> d.proxies = proxies);
  }

  /**
   * Adds an entry to {@code default-address-pools}: a range the daemon carves user-defined networks of
   * {@code size} bits out of, such as {@code 10.10.0.0/16} in /24s. Not set by default (dockerd's
   * 172.17.0.0/16 to 172.31.0.0/16 and 192.168.0.0/16 pools).
   */
  public DockerDaemon defaultAddressPool(String base, int size) {
    var cidr = Cidr.parse(requireNonNull(base, "base"));
    if (size < cidr.prefix() || size > (cidr.network().isV4() ? 32 : 128)) {
      throw new IllegalArgumentException("size must be within " + cidr.prefix() + ".." + (cidr.network().isV4() ? 32 : 128)
          + " for base " + base + ", was " + size);
    }
    var pool = OptionValue.table(Map.of("base", OptionValue.of(cidr.text()), "size", OptionValue.of(size)));
    return appended("default-address-pools", pool);
  }

  /** Sets {@code max-concurrent-downloads}: layers pulled at once. Not set by default (3). Replaces. */
  public DockerDaemon maxConcurrentDownloads(int layers) {
    return typed("max-concurrent-downloads", OptionValue.of(positive("max-concurrent-downloads", layers)));
  }

  /** Sets {@code max-concurrent-uploads}: layers pushed at once. Not set by default (5). Replaces. */
  public DockerDaemon maxConcurrentUploads(int layers) {
    return typed("max-concurrent-uploads", OptionValue.of(positive("max-concurrent-uploads", layers)));
  }

  /** Sets {@code max-download-attempts}: tries per layer pull. Not set by default (5). Replaces. */
  public DockerDaemon maxDownloadAttempts(int attempts) {
    return typed("max-download-attempts", OptionValue.of(positive("max-download-attempts", attempts)));
  }

  /** Sets {@code userland-proxy}: docker-proxy for published ports rather than iptables alone. Not set by default (true). Replaces. */
  public DockerDaemon userlandProxy(boolean enabled) {
    return typed("userland-proxy", OptionValue.of(enabled));
  }

  /** Sets {@code ipv6}: IPv6 on the default bridge, which then needs {@link #fixedCidrV6(String)}. Not set by default (false). Replaces. */
  public DockerDaemon ipv6(boolean enabled) {
    return typed("ipv6", OptionValue.of(enabled));
  }

  /** Sets {@code fixed-cidr}: the IPv4 range containers of the default bridge get addresses from. Not set by default. Replaces. */
  public DockerDaemon fixedCidr(String cidr) {
    return typed("fixed-cidr", OptionValue.of(Cidr.parse(requireNonNull(cidr, "cidr")).text()));
  }

  /** Sets {@code fixed-cidr-v6}: the IPv6 range of the default bridge, such as {@code 2001:db8:1::/64}. Not set by default. Replaces. */
  public DockerDaemon fixedCidrV6(String cidr) {
    var parsed = Cidr.parse(requireNonNull(cidr, "cidr"));
    if (parsed.network().isV4()) {
      throw new IllegalArgumentException("fixed-cidr-v6 is an IPv6 range, was " + cidr);
    }
    return typed("fixed-cidr-v6", OptionValue.of(parsed.text()));
  }

  /** Sets {@code ip-forward}: the daemon enables IP forwarding. Not set by default (true). Replaces. */
  public DockerDaemon ipForward(boolean enabled) {
    return typed("ip-forward", OptionValue.of(enabled));
  }

  /** Sets {@code ip-masq}: outgoing container traffic is masqueraded. Not set by default (true). Replaces. */
  public DockerDaemon ipMasq(boolean enabled) {
    return typed("ip-masq", OptionValue.of(enabled));
  }

  /** Sets {@code icc}: containers on the default bridge may talk to each other. Not set by default (true). Replaces. */
  public DockerDaemon icc(boolean enabled) {
    return typed("icc", OptionValue.of(enabled));
  }

  /** Sets {@code debug}: the daemon logs at debug level. Not set by default (false). Replaces. */
  public DockerDaemon debug(boolean enabled) {
    return typed("debug", OptionValue.of(enabled));
  }

  /** Sets {@code experimental}: experimental daemon features. Not set by default (false). Replaces. */
  public DockerDaemon experimental(boolean enabled) {
    return typed("experimental", OptionValue.of(enabled));
  }

  /** Sets {@code metrics-addr}: where Prometheus metrics are served, {@code host:port}. Not set by default (off). Replaces. */
  public DockerDaemon metricsAddress(String hostAndPort) {
    requireNonNull(hostAndPort, "hostAndPort");
    if (!hostAndPort.matches("(\\[[0-9a-fA-F:]+]|[A-Za-z0-9.-]+):[0-9]{1,5}")) {
      throw new IllegalArgumentException("metrics-addr is host:port, such as 127.0.0.1:9323, was '" + hostAndPort + "'");
    }
    return typed("metrics-addr", OptionValue.of(hostAndPort));
  }

  /** Sets {@code shutdown-timeout}: seconds containers get to stop when the daemon does. Not set by default (15). Replaces. */
  public DockerDaemon shutdownTimeout(java.time.Duration timeout) {
    requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.getNano() != 0) {
      throw new IllegalArgumentException("shutdown-timeout is whole seconds, at least 0, was " + timeout);
    }
    return typed("shutdown-timeout", OptionValue.of(timeout.getSeconds()));
  }

  /** Sets {@code no-new-privileges}: containers cannot gain privileges by default. Not set by default (false). Replaces. */
  public DockerDaemon noNewPrivileges(boolean enabled) {
    return typed("no-new-privileges", OptionValue.of(enabled));
  }

  /** Adds an entry to {@code dns-search}: a search domain for containers. Not set by default (the host's). */
  public DockerDaemon dnsSearch(String domain) {
    requireNonNull(domain, "domain");
    if (!domain.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
      throw new IllegalArgumentException("dns-search takes a domain name, was '" + domain + "'");
    }
    return appended("dns-search", OptionValue.of(domain));
  }

  /** Adds an entry to {@code dns-opts}: a resolver option for containers, such as {@code ndots:2}. Not set by default. */
  public DockerDaemon dnsOpt(String option) {
    requireNonNull(option, "option");
    if (!option.matches("[a-z0-9-]+(:[0-9]+)?")) {
      throw new IllegalArgumentException("dns-opts takes resolv.conf options such as ndots:2, was '" + option + "'");
    }
    return appended("dns-opts", OptionValue.of(option));
  }

  /** Adds an entry to {@code labels}: {@code key=value} metadata of the daemon. Not set by default. */
  public DockerDaemon label(String key, String value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (!key.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?") || value.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException("labels take a lowercase key and a one-line value, was '" + key + "'");
    }
    return appended("labels", OptionValue.of(key + "=" + value));
  }

  /**
   * Adds an entry to {@code runtimes}: an OCI runtime containers may run on, such as NVIDIA's
   * {@code nvidia-container-runtime}, by the name {@code docker run --runtime} and {@link #defaultRuntime}
   * use. Not set by default (runc only). Adds; a name twice is refused.
   */
  public DockerDaemon runtime(String name, String path) {
    requireNonNull(name, "name");
    requireNonNull(path, "path");
    if (!name.matches("[a-z0-9][a-z0-9_.-]*") || path.isBlank() || path.contains(" ")) {
      throw new IllegalArgumentException("runtime takes a lowercase name and a program path, was '" + name + "', '"
          + path + "'");
    }
    var current = options.get("runtimes") instanceof OptionValue.Table table ? table.entries() : Map.<String, OptionValue>of();
    if (current.containsKey(name)) {
      throw new IllegalArgumentException("runtime " + name + " is declared twice");
    }
    var all = new TreeMap<String, OptionValue>(current);
    all.put(name, OptionValue.table(Map.of("path", OptionValue.of(path))));
    return typed("runtimes", OptionValue.table(all));
  }

  /** Sets {@code default-runtime}: {@code runc} or a name of {@link #runtime}. Not set by default (runc). Replaces. */
  public DockerDaemon defaultRuntime(String name) {
    requireNonNull(name, "name");
    var declared = options.get("runtimes") instanceof OptionValue.Table table && table.entries().containsKey(name);
    if (!name.equals("runc") && !declared) {
      throw new IllegalArgumentException("default runtime '" + name + "' is neither runc nor a declared runtime;"
          + " add it with runtime(name, path) first");
    }
    return typed("default-runtime", OptionValue.of(name));
  }

  /** Sets {@code selinux-enabled}: SELinux labelling of containers. Not set by default (false). Replaces. */
  public DockerDaemon selinuxEnabled(boolean enabled) {
    return typed("selinux-enabled", OptionValue.of(enabled));
  }

  /** Sets {@code userns-remap}: container root mapped to this user ({@code default} for dockremap). Not set by default. Replaces. */
  public DockerDaemon usernsRemap(String user) {
    requireNonNull(user, "user");
    if (!user.matches("[a-z_][a-z0-9_-]*(:[a-z_][a-z0-9_-]*)?")) {
      throw new IllegalArgumentException("userns-remap takes user or user:group, was '" + user + "'");
    }
    return typed("userns-remap", OptionValue.of(user));
  }

  /** Sets {@code exec-root}: the daemon's state directory. Not set by default ({@code /var/run/docker}). Replaces. */
  public DockerDaemon execRoot(String path) {
    return typed("exec-root", OptionValue.of(Directives.absolutePath("exec-root", path)));
  }

  /** Sets {@code containerd}: the containerd socket the daemon uses. Not set by default (its own). Replaces. */
  public DockerDaemon containerd(String socket) {
    return typed("containerd", OptionValue.of(Directives.absolutePath("containerd", socket)));
  }

  /** Sets {@code init}: an init process (tini) in every container. Not set by default (false). Replaces. */
  public DockerDaemon init(boolean enabled) {
    return typed("init", OptionValue.of(enabled));
  }

  /** Sets {@code seccomp-profile}: the default seccomp profile file of containers. Not set by default (Docker's built-in). Replaces. */
  public DockerDaemon seccompProfile(String path) {
    return typed("seccomp-profile", OptionValue.of(Directives.absolutePath("seccomp-profile", path)));
  }

  private DockerDaemon typed(String key, OptionValue value) {
    return edit(d -> d.options.put(key, value));
  }

  private DockerDaemon appended(String key, OptionValue value) {
    var items = new ArrayList<OptionValue>();
    if (options.get(key) instanceof OptionValue.Items existing) {
      items.addAll(existing.values());
    }
    items.add(value);
    return typed(key, OptionValue.list(items.toArray(OptionValue[]::new)));
  }

  private static int positive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, was " + value);
    }
    return value;
  }

  /**
   * Sets any other top-level key of {@code daemon.json}: the escape hatch, for keys Kubeforge has no
   * method for ({@code default-shm-size}, {@code cdi-spec-dirs}...). The key is
   * lowercase letters, digits and '-'; keys with a method are refused. Not set by default. Replaces that key.
   *
   * <pre>{@code
   * docker.option("cdi-spec-dirs", OptionValue.strings("/etc/cdi"));
   * }</pre>
   */
  @Override
  public DockerDaemon option(String key, OptionValue value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (!key.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a daemon.json key: '" + key
          + "' (lowercase letters, digits and '-', such as max-concurrent-downloads)");
    }
    if (TYPED_KEYS.contains(key)) {
      throw new IllegalArgumentException("daemon.json key '" + key + "' has a typed method on DockerDaemon; use it");
    }
    return edit(d -> d.options.put(key, value));
  }

  private DockerDaemon edit(Consumer<Draft> change) {
    var draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** A mutable copy, so that each option method states only what it changes. */
  private static final class Draft {
    private final List<DockerHost> hosts;
    private DockerTls tls;
    private CgroupDriver cgroupDriver;
    private final List<String> execOpts;
    private String cgroupParent;
    private LogDriver logDriver;
    private final SortedMap<String, String> logOpts;
    private DockerLogLevel logLevel;
    private StorageDriver storageDriver;
    private final List<String> storageOpts;
    private String dataRoot;
    private final List<String> registryMirrors;
    private final List<String> insecureRegistries;
    private Boolean liveRestore;
    private final Map<ProcessLimit, Ulimit> defaultUlimits;
    private Boolean iptables;
    private Cidr bip;
    private Integer mtu;
    private final List<IpAddress> dns;
    private final SortedMap<String, Boolean> features;
    private DockerProxies proxies;
    private final SortedMap<String, OptionValue> options;

    Draft(DockerDaemon d) {
      hosts = new ArrayList<>(d.hosts);
      tls = d.tls;
      cgroupDriver = d.cgroupDriver;
      execOpts = new ArrayList<>(d.execOpts);
      cgroupParent = d.cgroupParent;
      logDriver = d.logDriver;
      logOpts = new TreeMap<>(d.logOpts);
      logLevel = d.logLevel;
      storageDriver = d.storageDriver;
      storageOpts = new ArrayList<>(d.storageOpts);
      dataRoot = d.dataRoot;
      registryMirrors = new ArrayList<>(d.registryMirrors);
      insecureRegistries = new ArrayList<>(d.insecureRegistries);
      liveRestore = d.liveRestore;
      defaultUlimits = new EnumMap<>(ProcessLimit.class);
      defaultUlimits.putAll(d.defaultUlimits);
      iptables = d.iptables;
      bip = d.bip;
      mtu = d.mtu;
      dns = new ArrayList<>(d.dns);
      features = new TreeMap<>(d.features);
      proxies = d.proxies;
      options = new TreeMap<>(d.options);
    }

    DockerDaemon build() {
      return new DockerDaemon(hosts, tls, cgroupDriver, execOpts, cgroupParent, logDriver, logOpts, logLevel,
          storageDriver, storageOpts, dataRoot, registryMirrors, insecureRegistries, liveRestore, defaultUlimits,
          iptables, bip, mtu, dns, features, proxies, options);
    }
  }
}
