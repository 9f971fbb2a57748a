package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * A systemd timer ({@code .timer}): activates a unit (by default the service of the same name) on a
 * calendar schedule or after a time span. Needs at least one {@code On*=} trigger ({@code invalid-unit}).
 * Rendered with {@code [Unit]}, {@code [Timer]} (directives in the order set) and {@code [Install]},
 * usually {@code WantedBy=timers.target}.
 *
 * @param name the unit's name
 * @param unit the typed {@code [Unit]} section
 * @param install the {@code [Install]} section
 * @param directives the {@code [Timer]} directives and every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.timer.html">systemd.timer(5)</a>
 */
public record Timer(UnitName name, UnitSection unit, InstallSection install, List<Directive> directives)
    implements SystemdUnit, UnitOptions<Timer> {

  private static final String SECTION = "Timer";

  public Timer {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(install, "install");
    if (name.type() != UnitType.TIMER) {
      throw new IllegalArgumentException("a timer needs a .timer name, was '" + name + "'");
    }
    directives = List.copyOf(directives);
  }

  /** A timer named {@code name} ({@code etcd-backup} or {@code etcd-backup.timer}), with nothing set. */
  public static Timer named(String name) {
    return new Timer(UnitName.of(name, UnitType.TIMER), UnitSection.create(), InstallSection.create(), List.of());
  }

  @Override
  public Timer unit(UnitSection section) {
    return new Timer(name, section, install, directives);
  }

  @Override
  public Timer install(InstallSection section) {
    return new Timer(name, unit, section, directives);
  }

  @Override
  public Timer directive(Directive directive) {
    return new Timer(name, unit, install, Directives.appended(directives, directive));
  }

  @Override
  public Timer replace(Directive directive) {
    return new Timer(name, unit, install, Directives.replaced(directives, directive));
  }

  /** Adds an {@code OnCalendar=} schedule in systemd.time(7)'s calendar syntax, such as {@code daily} or {@code *-*-* 03:00:00}. */
  public Timer onCalendar(String schedule) {
    requireNonNull(schedule, "schedule");
    if (schedule.isBlank()) {
      throw new IllegalArgumentException("OnCalendar= needs a schedule, was blank");
    }
    return directive(new Directive(SECTION, "OnCalendar", schedule));
  }

  /** Adds an {@code OnBootSec=} trigger: that long after boot. */
  public Timer onBootSec(Duration delay) {
    return directive(new Directive(SECTION, "OnBootSec", SystemdTime.format("OnBootSec", delay)));
  }

  /** Adds an {@code OnActiveSec=} trigger: that long after the timer was activated. */
  public Timer onActiveSec(Duration delay) {
    return directive(new Directive(SECTION, "OnActiveSec", SystemdTime.format("OnActiveSec", delay)));
  }

  /** Adds an {@code OnUnitActiveSec=} trigger: that long after the activated unit last started. */
  public Timer onUnitActiveSec(Duration delay) {
    return directive(new Directive(SECTION, "OnUnitActiveSec", SystemdTime.format("OnUnitActiveSec", delay)));
  }

  /** Adds an {@code OnUnitInactiveSec=} trigger: that long after the activated unit last stopped. */
  public Timer onUnitInactiveSec(Duration delay) {
    return directive(new Directive(SECTION, "OnUnitInactiveSec", SystemdTime.format("OnUnitInactiveSec", delay)));
  }

  /** Sets {@code Persistent=}: a run missed while the host was off happens at the next boot. Not set by default (no). */
  public Timer persistent(boolean persistent) {
    return replace(new Directive(SECTION, "Persistent", ResourceControl.yesNo(persistent)));
  }

  /** Sets {@code RandomizedDelaySec=}: a random delay up to this long, to spread load. Not set by default (0). */
  public Timer randomizedDelaySec(Duration delay) {
    return replace(new Directive(SECTION, "RandomizedDelaySec", SystemdTime.format("RandomizedDelaySec", delay)));
  }

  /** Sets {@code AccuracySec=}. Not set by default (1min). Replaces. */
  public Timer accuracySec(Duration accuracy) {
    return replace(new Directive(SECTION, "AccuracySec", SystemdTime.format("AccuracySec", accuracy)));
  }

  /** Sets {@code Unit=}: the unit the timer activates. Not set by default (the service of the same name). */
  public Timer activates(UnitName unit) {
    requireNonNull(unit, "unit");
    if (unit.type() == UnitType.TIMER) {
      throw new IllegalArgumentException("a timer cannot activate a timer, was '" + unit + "'");
    }
    return replace(new Directive(SECTION, "Unit", unit.value()));
  }
}
