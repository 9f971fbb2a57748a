package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * A systemd service ({@code .service}): a process systemd starts and supervises. Rendered with
 * {@code [Unit]}, {@code [Service]} and {@code [Install]}; in {@code [Service]}, {@code Type=} comes first,
 * then the other directives in the order they were set, then {@code Slice=} and the resource limits.
 *
 * <pre>{@code
 * Service.named("node-exporter")
 *     .description("Prometheus node exporter")
 *     .after(UnitName.NETWORK_ONLINE_TARGET).wants(UnitName.NETWORK_ONLINE_TARGET)
 *     .execStart("/usr/local/bin/node_exporter --web.listen-address=:9100")
 *     .restart(Restart.ALWAYS).restartSec(Duration.ofSeconds(10))
 *     .wantedBy(UnitName.MULTI_USER_TARGET);
 * }</pre>
 *
 * @param name the unit's name
 * @param unit the typed {@code [Unit]} section
 * @param type {@code Type=}, or {@code null} for systemd's default ({@code simple})
 * @param slice {@code Slice=}, or {@code null} for systemd's default ({@code system.slice}); checked by
 *     {@code undeclared-slice}
 * @param resources the resource limits
 * @param install the {@code [Install]} section
 * @param directives every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html">systemd.service(5)</a>
 */
public record Service(
    UnitName name,
    UnitSection unit,
    ServiceType type,
    UnitName slice,
    ResourceControl resources,
    InstallSection install,
    List<Directive> directives)
    implements SystemdUnit, UnitOptions<Service>, ResourceOptions<Service> {

  private static final String SECTION = "Service";

  public Service {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(resources, "resources");
    requireNonNull(install, "install");
    if (name.type() != UnitType.SERVICE) {
      throw new IllegalArgumentException("a service needs a .service name, was '" + name + "'");
    }
    Directives.requireSlice(slice);
    directives = List.copyOf(directives);
  }

  /** A service named {@code name} ({@code kubelet} or {@code kubelet.service}), with nothing set. */
  public static Service named(String name) {
    return of(UnitName.of(name, UnitType.SERVICE));
  }

  /**
   * The service {@code name}, with nothing set: the way to write a drop-in for a service the OS ships,
   * {@code DropIn.of("10-proxy", Service.of(UnitName.DOCKER_SERVICE).environment(..))}.
   */
  public static Service of(UnitName name) {
    return new Service(name, UnitSection.create(), null, null, ResourceControl.create(), InstallSection.create(),
        List.of());
  }

  @Override
  public Service unit(UnitSection section) {
    return new Service(name, section, type, slice, resources, install, directives);
  }

  @Override
  public Service install(InstallSection section) {
    return new Service(name, unit, type, slice, resources, section, directives);
  }

  @Override
  public Service resources(ResourceControl resources) {
    return new Service(name, unit, type, slice, resources, install, directives);
  }

  @Override
  public Service directive(Directive directive) {
    if (ResourceControl.isDeprecated(directive, SECTION)) {
      return resources(resources.deprecated(directive));
    }
    return copy(Directives.appended(directives, directive));
  }

  @Override
  public Service replace(Directive directive) {
    return copy(Directives.replaced(directives, directive));
  }

  /** Sets {@code Type=}. Not set by default (systemd's default is {@code simple}). Replaces. */
  public Service type(ServiceType type) {
    requireNonNull(type, "type");
    return new Service(name, unit, type, slice, resources, install, directives);
  }

  /**
   * Sets {@code Slice=}: the slice the service's cgroup goes under. Not set by default
   * ({@code system.slice}). The slice must be declared in the host profile or shipped by the OS
   * ({@code undeclared-slice}). Replaces.
   */
  public Service slice(UnitName slice) {
    requireNonNull(slice, "slice");
    return new Service(name, unit, type, slice, resources, install, directives);
  }

  /** {@link #slice(UnitName)} with a declared slice. */
  public Service slice(Slice slice) {
    return slice(slice.name());
  }

  /**
   * Adds an {@code ExecStart=} command line: an absolute program path and its arguments, in systemd's
   * syntax ({@code $VAR} expands, {@code %} starts a specifier). Only {@code Type=oneshot} services may
   * have several.
   */
  public Service execStart(String commandLine) {
    return exec("ExecStart", commandLine);
  }

  /**
   * Adds {@code ExecStart=} with an empty value, then {@code ExecStart=commandLine}: the drop-in idiom
   * that replaces the command of a unit the OS ships instead of adding a second one.
   */
  public Service replaceExecStart(String commandLine) {
    var line = Directives.commandLine("ExecStart", commandLine);
    return copy(Directives.appended(Directives.appended(directives, new Directive(SECTION, "ExecStart", "")),
        new Directive(SECTION, "ExecStart", line)));
  }

  /** Adds an {@code ExecStartPre=} command line, run before {@code ExecStart=}. */
  public Service execStartPre(String commandLine) {
    return exec("ExecStartPre", commandLine);
  }

  /** Adds an {@code ExecStartPost=} command line, run after the service has started. */
  public Service execStartPost(String commandLine) {
    return exec("ExecStartPost", commandLine);
  }

  /** Adds an {@code ExecCondition=} command line: the service is skipped when it exits 1 to 254. */
  public Service execCondition(String commandLine) {
    return exec("ExecCondition", commandLine);
  }

  /** Adds an {@code ExecReload=} command line, run by {@code systemctl reload}. */
  public Service execReload(String commandLine) {
    return exec("ExecReload", commandLine);
  }

  /** Adds an {@code ExecStop=} command line. Not set by default (systemd then signals the processes). */
  public Service execStop(String commandLine) {
    return exec("ExecStop", commandLine);
  }

  /** Adds an {@code ExecStopPost=} command line, run after the service has stopped. */
  public Service execStopPost(String commandLine) {
    return exec("ExecStopPost", commandLine);
  }

  /** Sets {@code Restart=}. Not set by default (systemd's default is {@code no}). Replaces. */
  public Service restart(Restart restart) {
    requireNonNull(restart, "restart");
    return set("Restart", Directives.kebab(restart));
  }

  /** Sets {@code RestartSec=}: the pause before a restart. Not set by default (100ms). Replaces. */
  public Service restartSec(Duration delay) {
    return set("RestartSec", SystemdTime.format("RestartSec", delay));
  }

  /** Sets {@code TimeoutStartSec=}. Not set by default (systemd's {@code DefaultTimeoutStartSec=}, 90s). Replaces. */
  public Service timeoutStartSec(Duration timeout) {
    return set("TimeoutStartSec", SystemdTime.format("TimeoutStartSec", timeout));
  }

  /** Sets {@code TimeoutStartSec=infinity}: systemd waits for the start without a time limit. Replaces. */
  public Service timeoutStartSecInfinity() {
    return set("TimeoutStartSec", "infinity");
  }

  /**
   * Sets {@code MountFlags=}: the mount propagation of the service's mount namespace. Not set by default
   * ({@code shared}). Replaces.
   *
   * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#MountFlags=">MountFlags=</a>
   */
  public Service mountFlags(MountPropagation propagation) {
    requireNonNull(propagation, "propagation");
    return set("MountFlags", Directives.kebab(propagation));
  }

  /** Sets {@code TimeoutStopSec=}. Not set by default (90s). Replaces. */
  public Service timeoutStopSec(Duration timeout) {
    return set("TimeoutStopSec", SystemdTime.format("TimeoutStopSec", timeout));
  }

  /**
   * Adds an {@code Environment=} assignment, rendered quoted ({@code Environment="HTTP_PROXY=http://..."})
   * with {@code "}, {@code \} and {@code %} escaped. A later assignment of the same name wins.
   */
  public Service environment(String name, String value) {
    return copy(Directives.appended(directives, new Directive(SECTION, "Environment", Directives.environment(name, value))));
  }

  /** Adds an {@code EnvironmentFile=}: variables read from a file that must exist. */
  public Service environmentFile(String path) {
    return copy(Directives.appended(directives,
        new Directive(SECTION, "EnvironmentFile", Directives.absolutePath("EnvironmentFile", path))));
  }

  /** Adds an {@code EnvironmentFile=-path}: variables read from a file that may be missing. */
  public Service optionalEnvironmentFile(String path) {
    return copy(Directives.appended(directives,
        new Directive(SECTION, "EnvironmentFile", "-" + Directives.absolutePath("EnvironmentFile", path))));
  }

  /** Sets {@code User=}: the user the processes run as. Not set by default (root). Replaces. */
  public Service user(String user) {
    return set("User", account("User", user));
  }

  /** Sets {@code Group=}: the group the processes run as. Not set by default (the user's group). Replaces. */
  public Service group(String group) {
    return set("Group", account("Group", group));
  }

  /** Sets {@code WorkingDirectory=}. Not set by default (the root directory, or the user's home). Replaces. */
  public Service workingDirectory(String path) {
    return set("WorkingDirectory", Directives.absolutePath("WorkingDirectory", path));
  }

  /**
   * Sets {@code RemainAfterExit=}: a oneshot service stays active after its process exits. Not set by
   * default (no). Replaces.
   */
  public Service remainAfterExit(boolean remain) {
    return set("RemainAfterExit", ResourceControl.yesNo(remain));
  }

  /** Sets {@code KillMode=}. Not set by default ({@code control-group}). Replaces. */
  public Service killMode(KillMode mode) {
    requireNonNull(mode, "mode");
    return set("KillMode", Directives.kebab(mode));
  }

  /** Sets {@code OOMScoreAdjust=}, -1000..1000: how readily the OOM killer picks the service. Not set by default. */
  public Service oomScoreAdjust(int adjust) {
    if (adjust < -1000 || adjust > 1000) {
      throw new IllegalArgumentException("OOMScoreAdjust= must be within -1000..1000, was " + adjust);
    }
    return set("OOMScoreAdjust", Integer.toString(adjust));
  }

  /** Sets {@code Limit*=} (such as {@code LimitNOFILE=1048576}): soft and hard limit. Not set by default. Replaces. */
  public Service limit(ProcessLimit limit, long value) {
    requireNonNull(limit, "limit");
    if (value < 0) {
      throw new IllegalArgumentException(limit.key() + "= must not be negative, was " + value);
    }
    return set(limit.key(), Long.toString(value));
  }

  /** Sets {@code Limit*=infinity}: no limit (containerd's unit sets {@code LimitNOFILE=infinity}). Replaces. */
  public Service limitInfinity(ProcessLimit limit) {
    requireNonNull(limit, "limit");
    return set(limit.key(), "infinity");
  }

  /** Sets {@code Delegate=}; see {@link ResourceControl#delegate(boolean)}. Not set by default. Replaces. */
  public Service delegate(boolean enabled) {
    return resources(resources.delegate(enabled));
  }

  /**
   * Sets each sandboxing directive to {@code yes}, such as {@code NoNewPrivileges=yes} and
   * {@code PrivateTmp=yes}, in {@code [Service]}. Not set by default (all {@code no}). Replaces each.
   */
  public Service sandboxing(Sandboxing... options) {
    requireNonNull(options, "options");
    var service = this;
    for (Sandboxing option : options) {
      service = service.set(requireNonNull(option, "option").key(), "yes");
    }
    return service;
  }

  /** Sets {@code ProtectSystem=}: the OS's directories read-only. Not set by default (no). Replaces. */
  public Service protectSystem(ProtectSystem protection) {
    requireNonNull(protection, "protection");
    return set("ProtectSystem", Directives.kebab(protection));
  }

  /** Sets {@code ProtectHome=}: what the service sees of home directories. Not set by default (no). Replaces. */
  public Service protectHome(ProtectHome protection) {
    requireNonNull(protection, "protection");
    return set("ProtectHome", Directives.kebab(protection));
  }

  /** Adds a {@code ReadWritePaths=} line: absolute paths writable despite {@code ProtectSystem=strict}. */
  public Service readWritePaths(String... paths) {
    return paths("ReadWritePaths", paths);
  }

  /** Adds a {@code ReadOnlyPaths=} line: absolute paths the service sees read-only. */
  public Service readOnlyPaths(String... paths) {
    return paths("ReadOnlyPaths", paths);
  }

  /** Adds an {@code InaccessiblePaths=} line: absolute paths the service cannot see. */
  public Service inaccessiblePaths(String... paths) {
    return paths("InaccessiblePaths", paths);
  }

  /**
   * Adds a {@code RuntimeDirectory=} (or another kind's) line: directories, relative to the kind's base
   * ({@code /run}, {@code /var/lib}...), that systemd creates owned by the service's user.
   */
  public Service directories(ExecDirectory kind, String... names) {
    requireNonNull(kind, "kind");
    requireNonNull(names, "names");
    if (names.length == 0) {
      throw new IllegalArgumentException(kind.key() + "= needs at least one directory name");
    }
    for (String name : names) {
      requireNonNull(name, "name");
      if (!name.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") || name.matches("(.*/)?\\.\\.?(/.*)?")) {
        throw new IllegalArgumentException(kind.key() + "= takes relative directory names such as 'kubeforge',"
            + " was '" + name + "'");
      }
    }
    return copy(Directives.appended(directives, new Directive(SECTION, kind.key(), String.join(" ", names))));
  }

  /** Sets {@code PIDFile=}: the main process's PID file, for {@code Type=forking}. Not set by default. Replaces. */
  public Service pidFile(String path) {
    return set("PIDFile", Directives.absolutePath("PIDFile", path));
  }

  /**
   * Sets {@code TimeoutSec=}: {@code TimeoutStartSec=} and {@code TimeoutStopSec=} at once; zero turns both
   * off (Docker's unit sets {@code TimeoutSec=0}). Not set by default (90s each). Replaces.
   */
  public Service timeoutSec(Duration timeout) {
    return set("TimeoutSec", SystemdTime.format("TimeoutSec", timeout));
  }

  /** Sets {@code WatchdogSec=}: the service must ping the watchdog this often. Not set by default (off). Replaces. */
  public Service watchdogSec(Duration interval) {
    return set("WatchdogSec", SystemdTime.format("WatchdogSec", interval));
  }

  /** Sets {@code RuntimeMaxSec=}: the service is stopped after running this long. Not set by default (no limit). Replaces. */
  public Service runtimeMaxSec(Duration limit) {
    return set("RuntimeMaxSec", SystemdTime.format("RuntimeMaxSec", limit));
  }

  /** Adds a {@code SupplementaryGroups=} line: groups the processes run in besides {@code Group=}. */
  public Service supplementaryGroups(String... groups) {
    requireNonNull(groups, "groups");
    var names = java.util.Arrays.stream(groups).map(group -> account("SupplementaryGroups", group)).toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("SupplementaryGroups= needs at least one group");
    }
    return copy(Directives.appended(directives, new Directive(SECTION, "SupplementaryGroups", String.join(" ", names))));
  }

  /** Sets {@code DynamicUser=}: a user allocated when the service starts. Not set by default (no). Replaces. */
  public Service dynamicUser(boolean dynamic) {
    return set("DynamicUser", ResourceControl.yesNo(dynamic));
  }

  /** Sets {@code SyslogIdentifier=}: the name the service's log lines carry. Not set by default (the process name). Replaces. */
  public Service syslogIdentifier(String identifier) {
    requireNonNull(identifier, "identifier");
    if (!identifier.matches("[A-Za-z0-9_.@-]+")) {
      throw new IllegalArgumentException("SyslogIdentifier= takes letters, digits and '_.@-', was '" + identifier + "'");
    }
    return set("SyslogIdentifier", identifier);
  }

  /** Sets {@code UMask=}, 0 to 0777, written in octal ({@code UMask=0027}). Not set by default (0022). Replaces. */
  public Service umask(int mask) {
    if (mask < 0 || mask > 0777) {
      throw new IllegalArgumentException("UMask= must be within 0..0777, was " + Integer.toOctalString(mask));
    }
    return set("UMask", String.format(java.util.Locale.ROOT, "%04o", mask));
  }

  /** Sets {@code Nice=}, -20 (first) to 19 (last): the processes' scheduling priority. Not set by default (0). Replaces. */
  public Service nice(int nice) {
    if (nice < -20 || nice > 19) {
      throw new IllegalArgumentException("Nice= must be within -20..19, was " + nice);
    }
    return set("Nice", Integer.toString(nice));
  }

  /**
   * Sets {@code CapabilityBoundingSet=}: the only capabilities the processes may ever have, such as
   * {@code CAP_NET_BIND_SERVICE}. Not set by default (all). Replaces.
   */
  public Service capabilityBoundingSet(String... capabilities) {
    return set("CapabilityBoundingSet", capabilities("CapabilityBoundingSet", capabilities));
  }

  /**
   * Sets {@code AmbientCapabilities=}: capabilities a non-root {@code User=} keeps, such as
   * {@code CAP_NET_BIND_SERVICE}. Not set by default (none). Replaces.
   */
  public Service ambientCapabilities(String... capabilities) {
    return set("AmbientCapabilities", capabilities("AmbientCapabilities", capabilities));
  }

  /** Sets {@code KillSignal=}: the signal that stops the service, such as {@code SIGINT}. Not set by default (SIGTERM). Replaces. */
  public Service killSignal(String signal) {
    requireNonNull(signal, "signal");
    if (!signal.matches("SIG[A-Z]{2,6}|SIGRTMIN(\\+[0-9]{1,2})?")) {
      throw new IllegalArgumentException("KillSignal= takes a signal name such as SIGTERM, was '" + signal + "'");
    }
    return set("KillSignal", signal);
  }

  private Service paths(String key, String... paths) {
    requireNonNull(paths, key);
    if (paths.length == 0) {
      throw new IllegalArgumentException(key + "= needs at least one path");
    }
    var checked = java.util.Arrays.stream(paths).map(path -> Directives.absolutePath(key, path)).toList();
    return copy(Directives.appended(directives, new Directive(SECTION, key, String.join(" ", checked))));
  }

  private static String capabilities(String key, String... capabilities) {
    requireNonNull(capabilities, key);
    if (capabilities.length == 0) {
      throw new IllegalArgumentException(key + "= needs at least one capability");
    }
    for (String capability : capabilities) {
      if (capability == null || !capability.matches("CAP_[A-Z_]+")) {
        throw new IllegalArgumentException(key + "= takes capability names such as CAP_NET_BIND_SERVICE, was '"
            + capability + "'");
      }
    }
    return String.join(" ", capabilities);
  }

  private Service exec(String key, String commandLine) {
    return copy(Directives.appended(directives, new Directive(SECTION, key, Directives.commandLine(key, commandLine))));
  }

  private Service set(String key, String value) {
    return copy(Directives.replaced(directives, new Directive(SECTION, key, value)));
  }

  private Service copy(List<Directive> directives) {
    return new Service(name, unit, type, slice, resources, install, directives);
  }

  private static String account(String key, String name) {
    requireNonNull(name, key);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*\\$?") || name.length() > 256) {
      throw new IllegalArgumentException(key + "= is not a user or group name: '" + name + "'");
    }
    return name;
  }
}
