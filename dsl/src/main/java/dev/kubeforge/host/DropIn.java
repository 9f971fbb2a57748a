package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A drop-in: settings merged into a unit, typically one the OS ships, without replacing its file.
 * Rendered to {@code etc/systemd/system/<unit>.d/<name>.conf} with the sections of {@link #unit()}; list
 * settings add to the unit's, so replacing a command needs the reset idiom
 * ({@link Service#replaceExecStart(String)} renders {@code ExecStart=} then the new line).
 *
 * <pre>{@code
 * DropIn.of("10-kubeforge", Service.of(UnitName.DOCKER_SERVICE)
 *     .slice(container)
 *     .environment("HTTP_PROXY", "http://proxy.example.com:3128")
 *     .replaceExecStart("/usr/bin/dockerd"));
 * }</pre>
 *
 * @param name the file name without {@code .conf}, such as {@code 10-kubeforge}; files are applied in
 *     name order, so a number prefix orders them
 * @param unit the unit the drop-in applies to, carrying only the settings to merge
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Description">systemd.unit(5): drop-ins</a>
 */
public record DropIn(String name, SystemdUnit unit) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public DropIn {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    if (name.endsWith(".conf") || name.length() > 200 || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a drop-in name: '" + name
          + "' (letters, digits and '_.-', without .conf, such as 10-kubeforge)");
    }
  }

  /** A drop-in named {@code name} (without {@code .conf}) carrying {@code unit}'s settings. */
  public static DropIn of(String name, SystemdUnit unit) {
    return new DropIn(name, unit);
  }

  /** The path below {@code /etc/systemd/system/}: {@code docker.service.d/10-kubeforge.conf}. */
  public String path() {
    return unit.name() + ".d/" + name + ".conf";
  }

  @Override
  public String toString() {
    return path();
  }
}
