package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A systemd mount ({@code .mount}): a file system mounted at {@link #where()}. systemd requires the unit's
 * name to be that path, escaped ({@code /var/lib/containerd} is {@code var-lib-containerd.mount}), so
 * mounts are created from their path with {@link #at(String)}. Needs {@code What=} ({@code invalid-unit}).
 *
 * @param name the unit's name, derived from where
 * @param where {@code Where=}: the absolute mount point
 * @param unit the typed {@code [Unit]} section
 * @param slice {@code Slice=}, or {@code null} for systemd's default
 * @param resources the resource limits
 * @param install the {@code [Install]} section
 * @param directives the {@code [Mount]} directives and every other directive, in the order set
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.mount.html">systemd.mount(5)</a>
 */
public record Mount(
    UnitName name,
    String where,
    UnitSection unit,
    UnitName slice,
    ResourceControl resources,
    InstallSection install,
    List<Directive> directives)
    implements SystemdUnit, UnitOptions<Mount>, ResourceOptions<Mount> {

  private static final String SECTION = "Mount";

  public Mount {
    requireNonNull(name, "name");
    Directives.directoryPath("Where=", where);
    requireNonNull(unit, "unit");
    requireNonNull(resources, "resources");
    requireNonNull(install, "install");
    if (!name.value().equals(escapePath(where) + ".mount")) {
      throw new IllegalArgumentException(
          "a mount's name must be its escaped path: '" + escapePath(where) + ".mount' for " + where + ", was '" + name + "'");
    }
    Directives.requireSlice(slice);
    directives = List.copyOf(directives);
  }

  /** A mount at the absolute path {@code where}, named after it as {@code systemd-escape --path} does. */
  public static Mount at(String where) {
    Directives.directoryPath("Where=", where);
    var normalized = where.length() > 1 && where.endsWith("/") ? where.substring(0, where.length() - 1) : where;
    return new Mount(UnitName.of(escapePath(normalized) + ".mount"), normalized, UnitSection.create(), null,
        ResourceControl.create(), InstallSection.create(), List.of());
  }

  @Override
  public Mount unit(UnitSection section) {
    return new Mount(name, where, section, slice, resources, install, directives);
  }

  @Override
  public Mount install(InstallSection section) {
    return new Mount(name, where, unit, slice, resources, section, directives);
  }

  @Override
  public Mount resources(ResourceControl resources) {
    return new Mount(name, where, unit, slice, resources, install, directives);
  }

  @Override
  public Mount directive(Directive directive) {
    if (ResourceControl.isDeprecated(directive, SECTION)) {
      return resources(resources.deprecated(directive));
    }
    return new Mount(name, where, unit, slice, resources, install, Directives.appended(directives, directive));
  }

  @Override
  public Mount replace(Directive directive) {
    return new Mount(name, where, unit, slice, resources, install, Directives.replaced(directives, directive));
  }

  /** Sets {@code Slice=}. Not set by default. Checked by {@code undeclared-slice}. Replaces. */
  public Mount slice(UnitName slice) {
    requireNonNull(slice, "slice");
    return new Mount(name, where, unit, slice, resources, install, directives);
  }

  /** Sets {@code What=}: the device, {@code UUID=..} or remote path to mount. Required. Replaces. */
  public Mount what(String what) {
    requireNonNull(what, "what");
    if (what.isBlank()) {
      throw new IllegalArgumentException("What= needs a device or path, was blank");
    }
    return replace(new Directive(SECTION, "What", what));
  }

  /** Sets {@code Type=}: the file system type, such as {@code ext4} or {@code nfs}. Not set by default (probed). */
  public Mount fileSystemType(String type) {
    requireNonNull(type, "type");
    return replace(new Directive(SECTION, "Type", type));
  }

  /** Sets {@code Options=}: comma-separated mount options, such as {@code noatime}. Not set by default. */
  public Mount options(String options) {
    requireNonNull(options, "options");
    return replace(new Directive(SECTION, "Options", options));
  }

  /** Sets {@code TimeoutSec=}: how long the mount may take. Not set by default (90s). */
  public Mount timeoutSec(Duration timeout) {
    return replace(new Directive(SECTION, "TimeoutSec", SystemdTime.format("TimeoutSec", timeout)));
  }

  /** {@code systemd-escape --path}: {@code /var/lib/x-y} becomes {@code var-lib-x\x2dy}; {@code /} becomes {@code -}. */
  static String escapePath(String path) {
    var trimmed = path.replaceAll("^/+|/+$", "").replaceAll("/+", "/");
    if (trimmed.isEmpty()) {
      return "-";
    }
    var out = new StringBuilder();
    byte[] bytes = trimmed.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      char c = (char) (bytes[i] & 0xff);
      if (c == '/') {
        out.append('-');
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_'
          || (c == '.' && i > 0)) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      }
    }
    return out.toString();
  }
}
