package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A systemd socket ({@code .socket}): systemd listens and starts a service (by default the one of the
 * same name) on the first connection. Needs at least one {@code Listen*=} ({@code invalid-unit}).
 * Rendered with {@code [Unit]}, {@code [Socket]} (directives in the order set, then {@code Slice=} and
 * the resource limits) and {@code [Install]}, usually {@code WantedBy=sockets.target}.
 *
 * @param name the unit's name
 * @param unit the typed {@code [Unit]} section
 * @param slice {@code Slice=}, or {@code null} for systemd's default
 * @param resources the resource limits
 * @param install the {@code [Install]} section
 * @param directives the {@code [Socket]} directives and every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.socket.html">systemd.socket(5)</a>
 */
public record Socket(
    UnitName name,
    UnitSection unit,
    UnitName slice,
    ResourceControl resources,
    InstallSection install,
    List<Directive> directives)
    implements SystemdUnit, UnitOptions<Socket>, ResourceOptions<Socket> {

  private static final String SECTION = "Socket";

  public Socket {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(resources, "resources");
    requireNonNull(install, "install");
    if (name.type() != UnitType.SOCKET) {
      throw new IllegalArgumentException("a socket needs a .socket name, was '" + name + "'");
    }
    Directives.requireSlice(slice);
    directives = List.copyOf(directives);
  }

  /** A socket named {@code name} ({@code docker} or {@code docker.socket}), with nothing set. */
  public static Socket named(String name) {
    return new Socket(UnitName.of(name, UnitType.SOCKET), UnitSection.create(), null, ResourceControl.create(),
        InstallSection.create(), List.of());
  }

  @Override
  public Socket unit(UnitSection section) {
    return new Socket(name, section, slice, resources, install, directives);
  }

  @Override
  public Socket install(InstallSection section) {
    return new Socket(name, unit, slice, resources, section, directives);
  }

  @Override
  public Socket resources(ResourceControl resources) {
    return new Socket(name, unit, slice, resources, install, directives);
  }

  @Override
  public Socket directive(Directive directive) {
    if (ResourceControl.isDeprecated(directive, SECTION)) {
      return resources(resources.deprecated(directive));
    }
    return new Socket(name, unit, slice, resources, install, Directives.appended(directives, directive));
  }

  @Override
  public Socket replace(Directive directive) {
    return new Socket(name, unit, slice, resources, install, Directives.replaced(directives, directive));
  }

  /** Sets {@code Slice=}. Not set by default. Checked by {@code undeclared-slice}. Replaces. */
  public Socket slice(UnitName slice) {
    requireNonNull(slice, "slice");
    return new Socket(name, unit, slice, resources, install, directives);
  }

  /** Adds {@code ListenStream=}: a TCP port ({@code 2375}), address ({@code 127.0.0.1:2375}) or unix socket path. */
  public Socket listenStream(String address) {
    return listen("ListenStream", address);
  }

  /** Adds {@code ListenDatagram=}: a UDP port or address, or a unix datagram socket path. */
  public Socket listenDatagram(String address) {
    return listen("ListenDatagram", address);
  }

  /** Adds {@code ListenSequentialPacket=}: a unix sequential-packet socket path. */
  public Socket listenSequentialPacket(String path) {
    return listen("ListenSequentialPacket", Directives.absolutePath("ListenSequentialPacket", path));
  }

  /** Adds {@code ListenFIFO=}: a named pipe path. */
  public Socket listenFifo(String path) {
    return listen("ListenFIFO", Directives.absolutePath("ListenFIFO", path));
  }

  /** Sets {@code SocketMode=}, such as {@code 0660}. Not set by default (0666). Replaces. */
  public Socket socketMode(int mode) {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("SocketMode= must be within 0000..7777 octal, was " + Integer.toOctalString(mode));
    }
    return replace(new Directive(SECTION, "SocketMode", String.format(java.util.Locale.ROOT, "%04o", mode)));
  }

  /** Sets {@code SocketUser=}. Not set by default (root). Replaces. */
  public Socket socketUser(String user) {
    return replace(new Directive(SECTION, "SocketUser", requireNonNull(user, "user")));
  }

  /** Sets {@code SocketGroup=}, such as {@code docker}. Not set by default (root). Replaces. */
  public Socket socketGroup(String group) {
    return replace(new Directive(SECTION, "SocketGroup", requireNonNull(group, "group")));
  }

  /** Sets {@code Accept=}: one service instance per connection. Not set by default (no). Replaces. */
  public Socket accept(boolean accept) {
    return replace(new Directive(SECTION, "Accept", ResourceControl.yesNo(accept)));
  }

  /** Sets {@code Service=}: the service activated. Not set by default (the service of the same name). */
  public Socket activates(UnitName service) {
    requireNonNull(service, "service");
    if (service.type() != UnitType.SERVICE) {
      throw new IllegalArgumentException("Service= needs a .service unit, was '" + service + "'");
    }
    return replace(new Directive(SECTION, "Service", service.value()));
  }

  private Socket listen(String key, String address) {
    requireNonNull(address, "address");
    if (address.isBlank()) {
      throw new IllegalArgumentException(key + "= needs an address, was blank");
    }
    return directive(new Directive(SECTION, key, address));
  }
}
