package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

/**
 * A {@code Condition*=} or {@code Assert*=} directive of the {@code [Unit]} section: when it does not
 * hold, the unit is skipped (condition) or fails (assertion). Created by the factories, such as
 * {@code Condition.host("azure-prd-01")} or {@code Condition.fileIsExecutable("/usr/bin/kubelet")};
 * {@link #negate()} and {@link #asAssertion()} return variants.
 *
 * @param kind what is tested, the part after {@code Condition}: {@code Host}, {@code PathExists}
 * @param value the value tested against
 * @param negated whether the test is negated ({@code ConditionHost=!azure-prd-01})
 * @param assertion whether it is written {@code Assert*=} instead of {@code Condition*=}
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Conditions%20and%20Asserts">Conditions and Asserts</a>
 */
public record Condition(Kind kind, String value, boolean negated, boolean assertion) {

  /** What a condition tests. */
  public enum Kind {
    /** {@code ConditionArchitecture=}: the CPU architecture, such as {@code x86-64}. */
    ARCHITECTURE("Architecture"),
    /** {@code ConditionVirtualization=}: a virtualization kind, or {@code yes}/{@code no}. */
    VIRTUALIZATION("Virtualization"),
    /** {@code ConditionHost=}: the host name or machine id. */
    HOST("Host"),
    /** {@code ConditionKernelCommandLine=}: a kernel command line option. */
    KERNEL_COMMAND_LINE("KernelCommandLine"),
    /** {@code ConditionKernelVersion=}: a kernel version comparison, such as {@code >=5.15}. */
    KERNEL_VERSION("KernelVersion"),
    /** {@code ConditionSecurity=}: a security technology, such as {@code selinux}. */
    SECURITY("Security"),
    /** {@code ConditionFirstBoot=}: {@code yes} on the first boot of the image. */
    FIRST_BOOT("FirstBoot"),
    /** {@code ConditionPathExists=}: the path exists. */
    PATH_EXISTS("PathExists"),
    /** {@code ConditionPathIsDirectory=}: the path is a directory. */
    PATH_IS_DIRECTORY("PathIsDirectory"),
    /** {@code ConditionPathIsMountPoint=}: the path is a mount point. */
    PATH_IS_MOUNT_POINT("PathIsMountPoint"),
    /** {@code ConditionFileNotEmpty=}: the path is a non-empty regular file. */
    FILE_NOT_EMPTY("FileNotEmpty"),
    /** {@code ConditionFileIsExecutable=}: the path is an executable regular file. */
    FILE_IS_EXECUTABLE("FileIsExecutable"),
    /** {@code ConditionDirectoryNotEmpty=}: the path is a non-empty directory. */
    DIRECTORY_NOT_EMPTY("DirectoryNotEmpty"),
    /** {@code ConditionControlGroupController=}: a cgroup controller, or {@code v2}. */
    CONTROL_GROUP_CONTROLLER("ControlGroupController"),
    /** {@code ConditionMemory=}: a comparison of the physical memory, such as {@code >=4G}. */
    MEMORY("Memory"),
    /** {@code ConditionCPUs=}: a comparison of the CPU count, such as {@code >=2}. */
    CPUS("CPUs");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The key without its {@code Condition}/{@code Assert} prefix, such as {@code PathExists}. */
    public String key() {
      return key;
    }
  }

  public Condition {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    if (value.isBlank() || value.startsWith("!") || value.startsWith("|")) {
      throw new IllegalArgumentException("Condition" + kind.key() + " needs a plain value, was '" + value
          + "' (no leading '!' or '|': use negate())");
    }
  }

  /** A {@code ConditionX=value} test. */
  public static Condition of(Kind kind, String value) {
    return new Condition(kind, value, false, false);
  }

  /** {@code ConditionHost=}: the unit runs only on the host of that name (or machine id). */
  public static Condition host(String hostName) {
    return of(Kind.HOST, hostName);
  }

  /** {@code ConditionPathExists=}: the unit runs only when the path exists. */
  public static Condition pathExists(String path) {
    return of(Kind.PATH_EXISTS, path);
  }

  /** {@code ConditionFileIsExecutable=}: the unit runs only when the path is an executable file. */
  public static Condition fileIsExecutable(String path) {
    return of(Kind.FILE_IS_EXECUTABLE, path);
  }

  /** Returns the negated test: {@code ConditionHost=!azure-prd-01}. */
  public Condition negate() {
    return new Condition(kind, value, !negated, assertion);
  }

  /** Returns the same test written as an assertion ({@code AssertPathExists=}): the unit fails instead of being skipped. */
  public Condition asAssertion() {
    return new Condition(kind, value, negated, true);
  }

  /** The directive's key, such as {@code ConditionHost}. */
  public String key() {
    return (assertion ? "Assert" : "Condition") + kind.key();
  }

  /** The directive's value, such as {@code !azure-prd-01}. */
  public String directiveValue() {
    return negated ? "!" + value : value;
  }
}
