package dev.kubeforge.host;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's {@code [Install]} section: what {@code systemctl enable} does with it. Empty at first; the
 * unit's own methods ({@code .wantedBy(..)}) edit it.
 *
 * @param wantedBy {@code WantedBy=} units, in order
 * @param requiredBy {@code RequiredBy=} units, in order
 * @param alias {@code Alias=} names, in order
 * @param also {@code Also=} units enabled and disabled together with this one, in order
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#%5BInstall%5D%20Section%20Options">[Install] section options</a>
 */
public record InstallSection(List<UnitName> wantedBy, List<UnitName> requiredBy, List<UnitName> alias, List<UnitName> also) {

  private static final InstallSection EMPTY = new InstallSection(List.of(), List.of(), List.of(), List.of());

  public InstallSection {
    wantedBy = List.copyOf(wantedBy);
    requiredBy = List.copyOf(requiredBy);
    alias = List.copyOf(alias);
    also = List.copyOf(also);
  }

  /** An empty {@code [Install]} section. */
  public static InstallSection create() {
    return EMPTY;
  }

  /** Returns a copy with {@code WantedBy=} units added. */
  public InstallSection wantedBy(UnitName... units) {
    return new InstallSection(added(wantedBy, units), requiredBy, alias, also);
  }

  /** Returns a copy with {@code RequiredBy=} units added. */
  public InstallSection requiredBy(UnitName... units) {
    return new InstallSection(wantedBy, added(requiredBy, units), alias, also);
  }

  /** Returns a copy with {@code Alias=} names added. */
  public InstallSection alias(UnitName... names) {
    return new InstallSection(wantedBy, requiredBy, added(alias, names), also);
  }

  /** Returns a copy with {@code Also=} units added. */
  public InstallSection also(UnitName... units) {
    return new InstallSection(wantedBy, requiredBy, alias, added(also, units));
  }

  /** Whether the section has no directive. */
  public boolean isEmpty() {
    return wantedBy.isEmpty() && requiredBy.isEmpty() && alias.isEmpty() && also.isEmpty();
  }

  private static List<UnitName> added(List<UnitName> list, UnitName... units) {
    var all = new ArrayList<>(list);
    for (UnitName unit : units) {
      if (!all.contains(unit)) {
        all.add(unit);
      }
    }
    return all;
  }
}
