package dev.kubeforge.host;

/**
 * A dependency or ordering directive of the {@code [Unit]} section. Rendered in this order, one line per
 * kind, the units in the order they were added.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#%5BUnit%5D%20Section%20Options">[Unit] section options</a>
 */
public enum Dependency {
  /** {@code Requires=}: start the units too; stop this one when they fail to start. */
  REQUIRES("Requires"),
  /** {@code Requisite=}: the units must already be active. */
  REQUISITE("Requisite"),
  /** {@code Wants=}: start the units too, without failing when they fail. */
  WANTS("Wants"),
  /** {@code BindsTo=}: like {@code Requires=}, and stop this unit when they stop. */
  BINDS_TO("BindsTo"),
  /** {@code PartOf=}: stop and restart this unit with them. */
  PART_OF("PartOf"),
  /** {@code Conflicts=}: starting this unit stops them, and the other way round. */
  CONFLICTS("Conflicts"),
  /** {@code Before=}: start this unit before them. */
  BEFORE("Before"),
  /** {@code After=}: start this unit after them. */
  AFTER("After");

  private final String key;

  Dependency(String key) {
    this.key = key;
  }

  /** The directive's key, such as {@code After}. */
  public String key() {
    return key;
  }
}
