package dev.kubeforge.host;

/**
 * Resource-control directives systemd has replaced. Kubeforge accepts them, through the deprecated
 * methods or the {@code directive(..)} escape hatch, renders the current directive instead (converting
 * the value where its scale changed), and the {@code deprecated-directive} check warns with the
 * replacement. They were written for cgroup v1, which current systemd no longer mounts.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html#Deprecated%20Options">Deprecated options</a>
 */
public enum DeprecatedDirective {
  /** {@code MemoryLimit=}, replaced by {@code MemoryMax=} (same value). */
  MEMORY_LIMIT("MemoryLimit", "MemoryMax", "memoryMax(..)"),
  /** {@code CPUShares=} (2..262144, default 1024), replaced by {@code CPUWeight=} (1..10000, default 100). */
  CPU_SHARES("CPUShares", "CPUWeight", "cpuWeight(..)"),
  /** {@code StartupCPUShares=}, replaced by {@code StartupCPUWeight=}. */
  STARTUP_CPU_SHARES("StartupCPUShares", "StartupCPUWeight", "startupCpuWeight(..)"),
  /** {@code BlockIOWeight=} (10..1000, default 500), replaced by {@code IOWeight=} (1..10000, default 100). */
  BLOCK_IO_WEIGHT("BlockIOWeight", "IOWeight", "ioWeight(..)"),
  /** {@code StartupBlockIOWeight=}, replaced by {@code StartupIOWeight=}. */
  STARTUP_BLOCK_IO_WEIGHT("StartupBlockIOWeight", "StartupIOWeight", "startupIoWeight(..)"),
  /** {@code BlockIOAccounting=}, replaced by {@code IOAccounting=} (same value). */
  BLOCK_IO_ACCOUNTING("BlockIOAccounting", "IOAccounting", "ioAccounting(..)");

  private final String key;
  private final String currentKey;
  private final String replacement;

  DeprecatedDirective(String key, String currentKey, String replacement) {
    this.key = key;
    this.currentKey = currentKey;
    this.replacement = replacement;
  }

  /** The deprecated key, such as {@code MemoryLimit}. */
  public String key() {
    return key;
  }

  /** The key rendered instead, such as {@code MemoryMax}. */
  public String currentKey() {
    return currentKey;
  }

  /** The typed method that writes the current key, such as {@code memoryMax(..)}. */
  public String replacement() {
    return replacement;
  }

  /** The deprecated directive of that key, or {@code null} when the key is not deprecated. */
  static DeprecatedDirective ofKey(String key) {
    for (DeprecatedDirective directive : values()) {
      if (directive.key.equals(key)) {
        return directive;
      }
    }
    return null;
  }
}
