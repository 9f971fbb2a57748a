package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * The options every unit kind shares: its {@code [Unit]} and {@code [Install]} sections and the
 * {@code directive(..)} escape hatch. Each method returns a copy of the unit; the unit itself never
 * changes.
 *
 * @param <U> the unit kind, returned by every option
 */
public sealed interface UnitOptions<U extends UnitOptions<U>> permits Service, Slice, Target, Socket, Timer, Mount {

  /** The typed part of the {@code [Unit]} section. */
  UnitSection unit();

  /** Returns a copy with the whole typed {@code [Unit]} section replaced by {@code section}. */
  U unit(UnitSection section);

  /** The {@code [Install]} section. */
  InstallSection install();

  /** Returns a copy with the whole {@code [Install]} section replaced by {@code section}. */
  U install(InstallSection section);

  /** The directives set by typed options without a record component and by the escape hatch, in order. */
  List<Directive> directives();

  /**
   * Returns a copy with the directive added after every directive set so far: the escape hatch for any
   * directive Kubeforge has no method for. Order and repeated keys are kept, and an empty value resets a
   * list ({@code ExecStart=}). A deprecated resource-control directive ({@code MemoryLimit=},
   * {@code CPUShares=}...) in the unit's own section is parsed and rendered as its replacement, with a
   * {@code deprecated-directive} warning. Checks read typed options only, so prefer them where they exist.
   */
  U directive(Directive directive);

  /**
   * Returns a copy in which {@code directive} replaces every directive of its section and key (in the
   * place of the first one), such as an {@code Environment=} of a ready-made drop-in.
   */
  U replace(Directive directive);

  /** {@link #directive(Directive)} for {@code [section]} {@code key=value}. */
  default U directive(String section, String key, String value) {
    return directive(new Directive(section, key, value));
  }

  /** Sets {@code Description=} in {@code [Unit]}: the unit's human-readable name. Not set by default. Replaces. */
  default U description(String description) {
    return unit(unit().description(description));
  }

  /** Adds {@code Documentation=} URIs in {@code [Unit]} ({@code https:}, {@code man:}...). */
  default U documentation(String... uris) {
    return unit(unit().documentation(uris));
  }

  /** Adds units to {@code Requires=} in {@code [Unit]}: they start with this one, which fails without them. */
  default U requires(UnitName... units) {
    return unit(unit().depend(Dependency.REQUIRES, units));
  }

  /** Adds units to {@code Requisite=} in {@code [Unit]}: they must already be active. */
  default U requisite(UnitName... units) {
    return unit(unit().depend(Dependency.REQUISITE, units));
  }

  /** Adds units to {@code Wants=} in {@code [Unit]}: they start with this one; their failure is tolerated. */
  default U wants(UnitName... units) {
    return unit(unit().depend(Dependency.WANTS, units));
  }

  /** Adds units to {@code BindsTo=} in {@code [Unit]}: like {@code Requires=}, and this unit stops with them. */
  default U bindsTo(UnitName... units) {
    return unit(unit().depend(Dependency.BINDS_TO, units));
  }

  /** Adds units to {@code PartOf=} in {@code [Unit]}: this unit stops and restarts with them. */
  default U partOf(UnitName... units) {
    return unit(unit().depend(Dependency.PART_OF, units));
  }

  /** Adds units to {@code Conflicts=} in {@code [Unit]}: they never run together with this one. */
  default U conflicts(UnitName... units) {
    return unit(unit().depend(Dependency.CONFLICTS, units));
  }

  /** Adds units to {@code Before=} in {@code [Unit]}: this unit starts before them. */
  default U before(UnitName... units) {
    return unit(unit().depend(Dependency.BEFORE, units));
  }

  /** Adds units to {@code After=} in {@code [Unit]}: this unit starts after them. */
  default U after(UnitName... units) {
    return unit(unit().depend(Dependency.AFTER, units));
  }

  /**
   * Sets {@code DefaultDependencies=} in {@code [Unit]}. Not set by default (systemd then adds the usual
   * dependencies on {@code sysinit.target} and {@code shutdown.target}). Replaces.
   */
  default U defaultDependencies(boolean enabled) {
    return unit(unit().defaultDependencies(enabled));
  }

  /**
   * Sets {@code StartLimitIntervalSec=} in {@code [Unit]}: the window in which at most
   * {@code StartLimitBurst=} starts are allowed; zero turns the rate limit off. Not set by default
   * (systemd's {@code DefaultStartLimitIntervalSec=}, 10s). Replaces. The old spelling
   * {@code StartLimitInterval=} (in {@code [Unit]} or {@code [Service]}) is a {@code deprecated-directive}.
   *
   * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.unit.html#StartLimitIntervalSec=interval">StartLimitIntervalSec=</a>
   */
  default U startLimitIntervalSec(Duration interval) {
    return replace(new Directive("Unit", "StartLimitIntervalSec", SystemdTime.format("StartLimitIntervalSec", interval)));
  }

  /**
   * Sets {@code StartLimitBurst=} in {@code [Unit]}: the starts allowed within
   * {@code StartLimitIntervalSec=}, at least 1. Not set by default (systemd's {@code DefaultStartLimitBurst=}, 5).
   * Replaces.
   */
  default U startLimitBurst(int starts) {
    if (starts < 1) {
      throw new IllegalArgumentException("StartLimitBurst= must be at least 1, was " + starts);
    }
    return replace(new Directive("Unit", "StartLimitBurst", Integer.toString(starts)));
  }

  /** Sets {@code StartLimitAction=} in {@code [Unit]}: what happens when the rate limit is hit. Not set by default (none). Replaces. */
  default U startLimitAction(UnitAction action) {
    return replace(new Directive("Unit", "StartLimitAction", Directives.kebab(requireNonNull(action, "action"))));
  }

  /** Sets {@code FailureAction=} in {@code [Unit]}: what happens when the unit fails. Not set by default (none). Replaces. */
  default U failureAction(UnitAction action) {
    return replace(new Directive("Unit", "FailureAction", Directives.kebab(requireNonNull(action, "action"))));
  }

  /** Sets {@code SuccessAction=} in {@code [Unit]}: what happens when the unit succeeds. Not set by default (none). Replaces. */
  default U successAction(UnitAction action) {
    return replace(new Directive("Unit", "SuccessAction", Directives.kebab(requireNonNull(action, "action"))));
  }

  /** Adds a {@code Condition*=} or {@code Assert*=} test in {@code [Unit]}. */
  default U condition(Condition condition) {
    return unit(unit().condition(condition));
  }

  /** Adds units to {@code WantedBy=} in {@code [Install]}: enabling this unit makes them want it. */
  default U wantedBy(UnitName... units) {
    return install(install().wantedBy(units));
  }

  /** Adds units to {@code RequiredBy=} in {@code [Install]}: enabling this unit makes them require it. */
  default U requiredBy(UnitName... units) {
    return install(install().requiredBy(units));
  }

  /** Adds names to {@code Alias=} in {@code [Install]}: links created when the unit is enabled. */
  default U alias(UnitName... names) {
    return install(install().alias(names));
  }
}
