package dev.kubeforge.host;

import java.util.List;

/**
 * A systemd unit declared in a host profile: a {@link Service}, {@link Slice}, {@link Target},
 * {@link Socket}, {@link Timer} or {@link Mount}. Each is an immutable value whose option methods return
 * copies; {@link UnitOptions} holds the options every kind shares ({@code [Unit]}, {@code [Install]} and
 * the {@code directive(..)} escape hatch). Rendered to {@code etc/systemd/system/<name>} of the profile,
 * or, wrapped in a {@link DropIn}, to {@code etc/systemd/system/<name>.d/<drop-in>.conf}.
 */
public sealed interface SystemdUnit permits Service, Slice, Target, Socket, Timer, Mount {

  /** The unit's name with its type suffix, such as {@code container.slice}. */
  UnitName name();

  /** The typed part of the {@code [Unit]} section. */
  UnitSection unit();

  /** The {@code [Install]} section. */
  InstallSection install();

  /**
   * Directives set by typed options that have no record component, and every directive given to the
   * escape hatch, in the order they were set, in any section; repeated keys are kept.
   */
  List<Directive> directives();

  /** The directives of one section, in order. */
  default List<Directive> directives(String section) {
    return directives().stream().filter(d -> d.section().equals(section)).toList();
  }
}
