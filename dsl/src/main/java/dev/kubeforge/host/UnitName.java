package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a systemd unit, such as {@code docker.service} or {@code container.slice}: a typed reference
 * used wherever a directive names a unit ({@code After=}, {@code Slice=}, {@code WantedBy=}). Get one from
 * a declared unit ({@code slice.name()}), from the constants here for units the OS ships, or from
 * {@link #of(String)}; the {@code unknown-unit-dependency} check warns about names that are neither
 * declared in the host profile nor shipped by the OS.
 *
 * @param value the full name with its type suffix
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html">systemd.unit(5)</a>
 */
public record UnitName(String value) implements Comparable<UnitName> {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9:_.\\\\-]+(@[A-Za-z0-9:_.\\\\-]*)?");

  /** {@code -.slice}, the root slice. */
  public static final UnitName ROOT_SLICE = new UnitName("-.slice");
  /** {@code system.slice}, where system services run by default. */
  public static final UnitName SYSTEM_SLICE = new UnitName("system.slice");
  /** {@code machine.slice}, for virtual machines and containers registered with systemd-machined. */
  public static final UnitName MACHINE_SLICE = new UnitName("machine.slice");
  /** {@code user.slice}, for user sessions. */
  public static final UnitName USER_SLICE = new UnitName("user.slice");
  /** {@code slices.target}, reached when every slice is set up. */
  public static final UnitName SLICES_TARGET = new UnitName("slices.target");
  /** {@code sockets.target}, reached when every socket is listening. */
  public static final UnitName SOCKETS_TARGET = new UnitName("sockets.target");
  /** {@code timers.target}, which timers are usually wanted by. */
  public static final UnitName TIMERS_TARGET = new UnitName("timers.target");
  /** {@code local-fs.target}, reached when local file systems are mounted. */
  public static final UnitName LOCAL_FS_TARGET = new UnitName("local-fs.target");
  /** {@code remote-fs.target}, reached when remote file systems are mounted. */
  public static final UnitName REMOTE_FS_TARGET = new UnitName("remote-fs.target");
  /** {@code network.target}, reached when the network stack is up (not necessarily configured). */
  public static final UnitName NETWORK_TARGET = new UnitName("network.target");
  /** {@code network-online.target}, reached when the network is configured; pair it with {@code Wants=}. */
  public static final UnitName NETWORK_ONLINE_TARGET = new UnitName("network-online.target");
  /** {@code multi-user.target}, the usual {@code WantedBy=} of a server's services. */
  public static final UnitName MULTI_USER_TARGET = new UnitName("multi-user.target");
  /** {@code sysinit.target}, early boot. */
  public static final UnitName SYSINIT_TARGET = new UnitName("sysinit.target");
  /** {@code time-sync.target}, reached when the clock is synchronized. */
  public static final UnitName TIME_SYNC_TARGET = new UnitName("time-sync.target");
  /** {@code docker.service}, as the docker.io and docker-ce packages ship it. */
  public static final UnitName DOCKER_SERVICE = new UnitName("docker.service");
  /** {@code docker.socket}, as the docker.io and docker-ce packages ship it. */
  public static final UnitName DOCKER_SOCKET = new UnitName("docker.socket");
  /** {@code containerd.service}, as the containerd and containerd.io packages ship it. */
  public static final UnitName CONTAINERD_SERVICE = new UnitName("containerd.service");
  /** {@code kubelet.service}, as the kubelet package ships it. */
  public static final UnitName KUBELET_SERVICE = new UnitName("kubelet.service");
  /** {@code systemd-journald.service}, the journal daemon. */
  public static final UnitName JOURNALD_SERVICE = new UnitName("systemd-journald.service");

  /**
   * Units that systemd itself or the packages a Kubernetes node installs ship, so depending on them
   * needs no declaration: the special units of systemd.special(7) and the usual services.
   */
  private static final Set<String> SHIPPED = Set.of(
      "-.slice", "system.slice", "user.slice", "machine.slice", "init.scope", "-.mount",
      "basic.target", "cryptsetup.target", "default.target", "emergency.target", "getty.target",
      "graphical.target", "halt.target", "local-fs-pre.target", "local-fs.target", "multi-user.target",
      "network-pre.target", "network.target", "network-online.target", "nss-lookup.target",
      "nss-user-lookup.target", "paths.target", "poweroff.target", "reboot.target",
      "remote-fs-pre.target", "remote-fs.target", "rescue.target", "shutdown.target", "slices.target",
      "sockets.target", "swap.target", "sysinit.target", "time-set.target", "time-sync.target",
      "timers.target", "umount.target", "final.target",
      "dbus.service", "dbus.socket", "systemd-journald.service", "systemd-journald.socket",
      "systemd-modules-load.service", "systemd-sysctl.service", "systemd-udevd.service",
      "systemd-networkd.service", "systemd-networkd-wait-online.service", "systemd-resolved.service",
      "systemd-timesyncd.service", "NetworkManager.service", "NetworkManager-wait-online.service",
      "chrony.service", "chronyd.service", "ssh.service", "sshd.service", "cron.service", "crond.service",
      "cloud-init.target", "cloud-init-local.service", "cloud-init.service", "cloud-config.service",
      "cloud-final.service", "docker.service", "docker.socket", "containerd.service",
      "cri-docker.service", "cri-docker.socket", "kubelet.service");

  public UnitName {
    requireNonNull(value, "value");
    int dot = value.lastIndexOf('.');
    var type = dot < 0 ? null : typeOf(value.substring(dot + 1));
    if (dot <= 0 || type == null || value.length() > 255 || !NAME.matcher(value.substring(0, dot)).matches()) {
      throw new IllegalArgumentException("not a systemd unit name: '" + value
          + "' (letters, digits and ':_.\\-', an optional '@instance', then a type suffix such as"
          + " .service or .slice; at most 255)");
    }
  }

  /** The unit named {@code value}, such as {@code etcd.service}; the suffix gives its type. */
  public static UnitName of(String value) {
    return new UnitName(value);
  }

  /** The unit {@code name.suffix} of the given type; {@code name} may already carry the suffix. */
  static UnitName of(String name, UnitType type) {
    requireNonNull(name, "name");
    var suffix = "." + type.suffix();
    var full = name.endsWith(suffix) ? name : name + suffix;
    var unit = new UnitName(full);
    int dot = name.lastIndexOf('.');
    if (unit.type() != type || (!name.endsWith(suffix) && dot > 0 && typeOf(name.substring(dot + 1)) != null)) {
      throw new IllegalArgumentException(
          "a " + type.suffix() + " unit needs a ." + type.suffix() + " name, was '" + name + "'");
    }
    return unit;
  }

  /** The unit's type, from its suffix. */
  public UnitType type() {
    return typeOf(value.substring(value.lastIndexOf('.') + 1));
  }

  /**
   * Whether systemd or the packages a Kubernetes node installs (docker, containerd, kubelet, cloud-init,
   * the network and time services) ship this unit.
   */
  public boolean isShippedByOs() {
    return SHIPPED.contains(value);
  }

  private static UnitType typeOf(String suffix) {
    for (UnitType type : UnitType.values()) {
      if (type.suffix().equals(suffix)) {
        return type;
      }
    }
    return null;
  }

  @Override
  public int compareTo(UnitName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
