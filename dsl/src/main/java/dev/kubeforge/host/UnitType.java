package dev.kubeforge.host;

import java.util.Locale;

/**
 * The type of a systemd unit, given by its name's suffix ({@code docker.service}, {@code container.slice}).
 * Kubeforge declares services, slices, targets, sockets, timers and mounts; the other types can be
 * referred to (in {@code After=} and the like) but not declared.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html">systemd.unit(5)</a>
 */
public enum UnitType {
  /** {@code .service}: a process systemd starts and supervises; its own section is {@code [Service]}. */
  SERVICE("Service"),
  /** {@code .socket}: a socket that activates a service; its own section is {@code [Socket]}. */
  SOCKET("Socket"),
  /** {@code .target}: a synchronization point grouping units; it has no section of its own. */
  TARGET(null),
  /** {@code .slice}: a node of the cgroup tree that limits resources; its own section is {@code [Slice]}. */
  SLICE("Slice"),
  /** {@code .timer}: activates a unit on a schedule; its own section is {@code [Timer]}. */
  TIMER("Timer"),
  /** {@code .mount}: a file system mount point; its own section is {@code [Mount]}. */
  MOUNT("Mount"),
  /** {@code .automount}: an on-demand mount point (reference only). */
  AUTOMOUNT("Automount"),
  /** {@code .path}: activates a unit when a path changes (reference only). */
  PATH("Path"),
  /** {@code .swap}: a swap device or file (reference only). */
  SWAP("Swap"),
  /** {@code .device}: a kernel device (reference only). */
  DEVICE(null),
  /** {@code .scope}: externally created processes (reference only). */
  SCOPE("Scope");

  private final String section;

  UnitType(String section) {
    this.section = section;
  }

  /** The suffix of unit names of this type, without the dot: {@code service}. */
  public String suffix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The name of the section of this type's own settings ({@code Service} for {@code [Service]}), or
   * {@code null} for targets and devices, which have none.
   */
  public String section() {
    return section;
  }
}
