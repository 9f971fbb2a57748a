package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Amount;
import dev.kubeforge.core.Percent;
import dev.kubeforge.core.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cgroup resource limits of a slice, service, socket or mount: the directives of
 * systemd.resource-control(5), written in the unit's own section ({@code [Slice]}, {@code [Service]}).
 * Nothing is set by default, which leaves every limit at systemd's default (no limit). Rendered sorted
 * by key.
 *
 * @param memoryMax {@code MemoryMax=}: the hard memory limit, or {@code null}; the
 *     {@code memory-above-node} check compares an absolute one with the node's declared memory
 * @param memoryHigh {@code MemoryHigh=}: the throttling limit, or {@code null}; checked like memoryMax
 * @param settings every other directive set, key to rendered value, sorted by key
 * @param deprecations deprecated directives written in the definition, in order, rendered as their
 *     replacements
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html">systemd.resource-control(5)</a>
 */
public record ResourceControl(
    Amount memoryMax, Amount memoryHigh, SortedMap<String, String> settings, List<Deprecation> deprecations) {

  private static final ResourceControl NONE = new ResourceControl(null, null, new TreeMap<>(), List.of());

  public ResourceControl {
    requirePhysicalShare("MemoryMax", memoryMax);
    requirePhysicalShare("MemoryHigh", memoryHigh);
    settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    deprecations = List.copyOf(deprecations);
  }

  /** No limit set. */
  public static ResourceControl create() {
    return NONE;
  }

  /**
   * Returns a copy with {@code MemoryMax=} set: the memory use above which the kernel's OOM killer acts
   * inside the unit. A {@link Size} is absolute ({@code 48G}); a {@link Percent} is a share of the
   * host's physical memory. Not set by default (no limit). Replaces any previous value.
   */
  public ResourceControl memoryMax(Amount amount) {
    requireNonNull(amount, "amount");
    return new ResourceControl(amount, memoryHigh, settings, deprecations);
  }

  /**
   * Returns a copy with {@code MemoryHigh=} set: above it the unit's processes are throttled and
   * reclaimed heavily. Takes a {@link Size} or a {@link Percent} of physical memory. Not set by default.
   * Replaces any previous value.
   */
  public ResourceControl memoryHigh(Amount amount) {
    requireNonNull(amount, "amount");
    return new ResourceControl(memoryMax, amount, settings, deprecations);
  }

  /** Returns a copy with {@code MemoryLow=} set: memory protected from reclaim. Not set by default. Replaces. */
  public ResourceControl memoryLow(Amount amount) {
    requireNonNull(amount, "amount");
    requirePhysicalShare("MemoryLow", amount);
    return set("MemoryLow", amount.toString());
  }

  /** Returns a copy with {@code MemorySwapMax=} set: the swap the unit may use. Not set by default. Replaces. */
  public ResourceControl memorySwapMax(Size size) {
    requireNonNull(size, "size");
    return set("MemorySwapMax", size.toString());
  }

  /**
   * Returns a copy with {@code CPUQuota=} set: CPU time relative to one CPU, so 200% is two CPUs. Not set
   * by default. Replaces any previous value.
   */
  public ResourceControl cpuQuota(Percent quota) {
    requireNonNull(quota, "quota");
    if (quota.value() == 0) {
      throw new IllegalArgumentException("CPUQuota= must be above 0%, was 0%");
    }
    return set("CPUQuota", quota.toString());
  }

  /**
   * Returns a copy with {@code CPUWeight=} set: the unit's share of CPU time against its siblings,
   * 1..10000. Not set by default (systemd's default is 100). Replaces any previous value.
   */
  public ResourceControl cpuWeight(int weight) {
    return set("CPUWeight", Integer.toString(weight(weight, "CPUWeight")));
  }

  /** Returns a copy with {@code StartupCPUWeight=} set: {@code CPUWeight=} during boot, 1..10000. Replaces. */
  public ResourceControl startupCpuWeight(int weight) {
    return set("StartupCPUWeight", Integer.toString(weight(weight, "StartupCPUWeight")));
  }

  /**
   * Returns a copy with {@code IOWeight=} set: the unit's share of block I/O against its siblings,
   * 1..10000. Not set by default (systemd's default is 100). Replaces any previous value.
   */
  public ResourceControl ioWeight(int weight) {
    return set("IOWeight", Integer.toString(weight(weight, "IOWeight")));
  }

  /** Returns a copy with {@code StartupIOWeight=} set: {@code IOWeight=} during boot, 1..10000. Replaces. */
  public ResourceControl startupIoWeight(int weight) {
    return set("StartupIOWeight", Integer.toString(weight(weight, "StartupIOWeight")));
  }

  /** Returns a copy with {@code TasksMax=} set: the most processes and threads in the unit. Not set by default. */
  public ResourceControl tasksMax(long tasks) {
    if (tasks < 1) {
      throw new IllegalArgumentException("TasksMax= must be at least 1, was " + tasks);
    }
    return set("TasksMax", Long.toString(tasks));
  }

  /**
   * Returns a copy with {@code TasksMax=} set to a share of the host's task limit ({@code kernel.pid_max}
   * and {@code kernel.threads-max}), such as {@code 15%} (the default of user slices). Replaces.
   */
  public ResourceControl tasksMax(Percent share) {
    requireNonNull(share, "share");
    if (share.value() == 0 || share.value() > 100) {
      throw new IllegalArgumentException("TasksMax= takes 1%..100%, was " + share);
    }
    return set("TasksMax", share.toString());
  }

  /** Returns a copy with {@code TasksMax=infinity}: no task limit (containerd's and Docker's units set it). Replaces. */
  public ResourceControl tasksMaxInfinity() {
    return set("TasksMax", "infinity");
  }

  /** Returns a copy with {@code MemoryAccounting=} set. Not set by default (on in current systemd). */
  public ResourceControl memoryAccounting(boolean enabled) {
    return set("MemoryAccounting", yesNo(enabled));
  }

  /** Returns a copy with {@code CPUAccounting=} set. Not set by default. */
  public ResourceControl cpuAccounting(boolean enabled) {
    return set("CPUAccounting", yesNo(enabled));
  }

  /** Returns a copy with {@code IOAccounting=} set. Not set by default. */
  public ResourceControl ioAccounting(boolean enabled) {
    return set("IOAccounting", yesNo(enabled));
  }

  /** Returns a copy with {@code TasksAccounting=} set. Not set by default (on in current systemd). */
  public ResourceControl tasksAccounting(boolean enabled) {
    return set("TasksAccounting", yesNo(enabled));
  }

  /**
   * Returns a copy with {@code Delegate=} set: the unit manages its own cgroup subtree, as container
   * runtimes do ({@code containerd.service} ships {@code Delegate=yes}). Not set by default.
   */
  public ResourceControl delegate(boolean enabled) {
    return set("Delegate", yesNo(enabled));
  }

  /**
   * {@code MemoryLimit=}, the cgroup v1 name of {@code MemoryMax=}: sets {@link #memoryMax(Amount)},
   * which is rendered, and records the deprecation for the {@code deprecated-directive} warning.
   *
   * @deprecated systemd replaced it by {@code MemoryMax=} in version 231; use {@link #memoryMax(Amount)}
   */
  @Deprecated
  public ResourceControl memoryLimit(Amount amount) {
    requireNonNull(amount, "amount");
    return memoryMax(amount).noted(DeprecatedDirective.MEMORY_LIMIT, amount.toString(), amount.toString());
  }

  /**
   * {@code CPUShares=} (2..262144, default 1024): rendered as {@code CPUWeight=} converted as systemd
   * converts it (shares × 100 / 1024, within 1..10000), and recorded for the {@code deprecated-directive}
   * warning.
   *
   * @deprecated replaced by {@code CPUWeight=}; use {@link #cpuWeight(int)}
   */
  @Deprecated
  public ResourceControl cpuShares(int shares) {
    int weight = sharesToWeight(shares, "CPUShares");
    return cpuWeight(weight).noted(DeprecatedDirective.CPU_SHARES, Integer.toString(shares), Integer.toString(weight));
  }

  /**
   * {@code StartupCPUShares=}: rendered as {@code StartupCPUWeight=}, converted like {@link #cpuShares(int)}.
   *
   * @deprecated replaced by {@code StartupCPUWeight=}; use {@link #startupCpuWeight(int)}
   */
  @Deprecated
  public ResourceControl startupCpuShares(int shares) {
    int weight = sharesToWeight(shares, "StartupCPUShares");
    return startupCpuWeight(weight)
        .noted(DeprecatedDirective.STARTUP_CPU_SHARES, Integer.toString(shares), Integer.toString(weight));
  }

  /**
   * {@code BlockIOWeight=} (10..1000, default 500): rendered as {@code IOWeight=} (weight × 100 / 500,
   * within 1..10000), and recorded for the {@code deprecated-directive} warning.
   *
   * @deprecated replaced by {@code IOWeight=}; use {@link #ioWeight(int)}
   */
  @Deprecated
  public ResourceControl blockIoWeight(int weight) {
    int io = blockIoToIo(weight, "BlockIOWeight");
    return ioWeight(io).noted(DeprecatedDirective.BLOCK_IO_WEIGHT, Integer.toString(weight), Integer.toString(io));
  }

  /**
   * {@code StartupBlockIOWeight=}: rendered as {@code StartupIOWeight=}, converted like {@link #blockIoWeight(int)}.
   *
   * @deprecated replaced by {@code StartupIOWeight=}; use {@link #startupIoWeight(int)}
   */
  @Deprecated
  public ResourceControl startupBlockIoWeight(int weight) {
    int io = blockIoToIo(weight, "StartupBlockIOWeight");
    return startupIoWeight(io)
        .noted(DeprecatedDirective.STARTUP_BLOCK_IO_WEIGHT, Integer.toString(weight), Integer.toString(io));
  }

  /**
   * {@code BlockIOAccounting=}: rendered as {@code IOAccounting=}.
   *
   * @deprecated replaced by {@code IOAccounting=}; use {@link #ioAccounting(boolean)}
   */
  @Deprecated
  public ResourceControl blockIoAccounting(boolean enabled) {
    return ioAccounting(enabled).noted(DeprecatedDirective.BLOCK_IO_ACCOUNTING, yesNo(enabled), yesNo(enabled));
  }

  /** Whether {@code directive} is a deprecated resource-control directive of the unit's own section. */
  static boolean isDeprecated(Directive directive, String section) {
    return directive.section().equals(section) && DeprecatedDirective.ofKey(directive.key()) != null;
  }

  /**
   * Applies a deprecated directive given as text through a unit's escape hatch, parsing its value as the
   * typed method would take it.
   */
  ResourceControl deprecated(Directive written) {
    return deprecated(DeprecatedDirective.ofKey(written.key()), written.value());
  }

  @SuppressWarnings("deprecation")
  private ResourceControl deprecated(DeprecatedDirective directive, String value) {
    try {
      return switch (directive) {
        case MEMORY_LIMIT -> memoryLimit(value.endsWith("%")
            ? Percent.of(Integer.parseInt(value.substring(0, value.length() - 1)))
            : Size.parse(value));
        case CPU_SHARES -> cpuShares(Integer.parseInt(value));
        case STARTUP_CPU_SHARES -> startupCpuShares(Integer.parseInt(value));
        case BLOCK_IO_WEIGHT -> blockIoWeight(Integer.parseInt(value));
        case STARTUP_BLOCK_IO_WEIGHT -> startupBlockIoWeight(Integer.parseInt(value));
        case BLOCK_IO_ACCOUNTING -> blockIoAccounting(parseBoolean(directive, value));
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(directive.key() + "=" + value + " is not a valid value for "
          + directive.key() + " (write " + directive.replacement() + " instead)", e);
    }
  }

  /** Whether nothing is set. */
  public boolean isEmpty() {
    return memoryMax == null && memoryHigh == null && settings.isEmpty();
  }

  /** Every directive to render, key to value, sorted by key. */
  public SortedMap<String, String> directives() {
    var all = new TreeMap<>(settings);
    if (memoryMax != null) {
      all.put("MemoryMax", memoryMax.toString());
    }
    if (memoryHigh != null) {
      all.put("MemoryHigh", memoryHigh.toString());
    }
    return all;
  }

  private ResourceControl set(String key, String value) {
    var all = new TreeMap<>(settings);
    all.put(key, value);
    return new ResourceControl(memoryMax, memoryHigh, all, deprecations);
  }

  private ResourceControl noted(DeprecatedDirective directive, String value, String currentValue) {
    var all = new ArrayList<>(deprecations);
    all.add(new Deprecation(directive, value, currentValue));
    return new ResourceControl(memoryMax, memoryHigh, settings, all);
  }

  private static void requirePhysicalShare(String key, Amount amount) {
    if (amount instanceof Percent percent && percent.value() > 100) {
      throw new IllegalArgumentException(key + "= takes at most 100% of physical memory, was " + percent);
    }
  }

  private static int weight(int weight, String key) {
    if (weight < 1 || weight > 10000) {
      throw new IllegalArgumentException(key + "= must be within 1..10000, was " + weight);
    }
    return weight;
  }

  private static int sharesToWeight(int shares, String key) {
    if (shares < 2 || shares > 262144) {
      throw new IllegalArgumentException(key + "= must be within 2..262144, was " + shares);
    }
    return (int) Math.max(1, Math.min(10000, shares * 100L / 1024));
  }

  private static int blockIoToIo(int weight, String key) {
    if (weight < 10 || weight > 1000) {
      throw new IllegalArgumentException(key + "= must be within 10..1000, was " + weight);
    }
    return Math.max(1, Math.min(10000, weight * 100 / 500));
  }

  private static boolean parseBoolean(DeprecatedDirective directive, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "on", "1" -> true;
      case "no", "false", "off", "0" -> false;
      default -> throw new IllegalArgumentException(
          directive.key() + "=" + value + " is not a boolean (yes or no)");
    };
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
