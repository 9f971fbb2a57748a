package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * systemd directives that were renamed, moved to another section or removed, other than the
 * resource-control ones Kubeforge converts ({@link DeprecatedDirective}). Written through the
 * {@code directive(..)} escape hatch they are rendered as written (systemd 252 still reads the old
 * spellings; it ignores the removed ones with a warning), and the {@code deprecated-directive} check
 * warns with today's spelling and section.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.unit.html">systemd.unit(5)</a>
 */
public enum RenamedDirective {
  /** {@code StartLimitInterval=} in {@code [Unit]}: renamed {@code StartLimitIntervalSec=} (systemd 230). */
  UNIT_START_LIMIT_INTERVAL("Unit", "StartLimitInterval", "StartLimitIntervalSec= in [Unit]",
      "startLimitIntervalSec(Duration)", false),
  /** {@code StartLimitInterval=} in {@code [Service]}: moved to {@code [Unit]} as {@code StartLimitIntervalSec=} (230). */
  SERVICE_START_LIMIT_INTERVAL("Service", "StartLimitInterval", "StartLimitIntervalSec= in [Unit]",
      "startLimitIntervalSec(Duration)", false),
  /** {@code StartLimitBurst=} in {@code [Service]}: moved to {@code [Unit]} (230). */
  SERVICE_START_LIMIT_BURST("Service", "StartLimitBurst", "StartLimitBurst= in [Unit]", "startLimitBurst(int)", false),
  /** {@code StartLimitAction=} in {@code [Service]}: moved to {@code [Unit]} (230). */
  SERVICE_START_LIMIT_ACTION("Service", "StartLimitAction", "StartLimitAction= in [Unit]",
      "startLimitAction(UnitAction)", false),
  /** {@code FailureAction=} in {@code [Service]}: moved to {@code [Unit]} (236). */
  SERVICE_FAILURE_ACTION("Service", "FailureAction", "FailureAction= in [Unit]", "failureAction(UnitAction)", false),
  /** {@code RebootArgument=} in {@code [Service]}: moved to {@code [Unit]} (230). */
  SERVICE_REBOOT_ARGUMENT("Service", "RebootArgument", "RebootArgument= in [Unit]",
      "directive(\"Unit\", \"RebootArgument\", ..)", false),
  /** {@code OnFailureIsolate=yes} in {@code [Unit]}: replaced by {@code OnFailureJobMode=isolate} (209). */
  ON_FAILURE_ISOLATE("Unit", "OnFailureIsolate", "OnFailureJobMode=isolate in [Unit]",
      "directive(\"Unit\", \"OnFailureJobMode\", \"isolate\")", false),
  /** {@code BindTo=} in {@code [Unit]}: renamed {@code BindsTo=} (196). */
  BIND_TO("Unit", "BindTo", "BindsTo= in [Unit]", "bindsTo(UnitName...)", false),
  /** {@code RequiresOverridable=} in {@code [Unit]}: removed (236); {@code Requires=} is today's form. */
  REQUIRES_OVERRIDABLE("Unit", "RequiresOverridable", "Requires= in [Unit]", "requires(UnitName...)", true),
  /** {@code RequisiteOverridable=} in {@code [Unit]}: removed (236); {@code Requisite=} is today's form. */
  REQUISITE_OVERRIDABLE("Unit", "RequisiteOverridable", "Requisite= in [Unit]", "requisite(UnitName...)", true),
  /** {@code PermissionsStartOnly=} in {@code [Service]}: deprecated (240) for the {@code +} prefix of a command line. */
  PERMISSIONS_START_ONLY("Service", "PermissionsStartOnly", "the '+' prefix of ExecStartPre= and the other"
      + " command lines in [Service]", "execStartPre(\"+/usr/bin/..\")", false),
  /** {@code BlockIODeviceWeight=} in the unit's own section: replaced by {@code IODeviceWeight=} (cgroup v2). */
  BLOCK_IO_DEVICE_WEIGHT(null, "BlockIODeviceWeight", "IODeviceWeight= in the same section",
      "directive(section, \"IODeviceWeight\", ..)", false),
  /** {@code BlockIOReadBandwidth=}: replaced by {@code IOReadBandwidthMax=}. */
  BLOCK_IO_READ_BANDWIDTH(null, "BlockIOReadBandwidth", "IOReadBandwidthMax= in the same section",
      "directive(section, \"IOReadBandwidthMax\", ..)", false),
  /** {@code BlockIOWriteBandwidth=}: replaced by {@code IOWriteBandwidthMax=}. */
  BLOCK_IO_WRITE_BANDWIDTH(null, "BlockIOWriteBandwidth", "IOWriteBandwidthMax= in the same section",
      "directive(section, \"IOWriteBandwidthMax\", ..)", false);

  private final String section;
  private final String key;
  private final String today;
  private final String replacement;
  private final boolean removed;

  RenamedDirective(String section, String key, String today, String replacement, boolean removed) {
    this.section = section;
    this.key = key;
    this.today = today;
    this.replacement = replacement;
    this.removed = removed;
  }

  /** The old key, such as {@code StartLimitInterval}. */
  public String key() {
    return key;
  }

  /** Today's spelling and section, such as {@code StartLimitIntervalSec= in [Unit]}. */
  public String today() {
    return today;
  }

  /** The typed method (or escape hatch) that writes today's spelling, such as {@code startLimitIntervalSec(Duration)}. */
  public String replacement() {
    return replacement;
  }

  /** Whether current systemd ignores the directive (with a warning) rather than reading it. */
  public boolean removed() {
    return removed;
  }

  /**
   * The renamed directive {@code directive} is, in a unit whose own section is {@code ownSection}
   * ({@code Service}, {@code Slice}...; {@code null} for a kind without one, such as a target), or empty.
   */
  public static Optional<RenamedDirective> of(Directive directive, String ownSection) {
    requireNonNull(directive, "directive");
    for (RenamedDirective renamed : values()) {
      var section = renamed.section == null ? ownSection : renamed.section;
      if (renamed.key.equals(directive.key()) && directive.section().equals(section)) {
        return Optional.of(renamed);
      }
    }
    return Optional.empty();
  }
}
