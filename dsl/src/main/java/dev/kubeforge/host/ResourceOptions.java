package dev.kubeforge.host;

import dev.kubeforge.core.Amount;
import dev.kubeforge.core.Percent;
import dev.kubeforge.core.Size;

/**
 * The resource-control options of the unit kinds that own a cgroup (services, slices, sockets, mounts),
 * written in the unit's own section. Shortcuts for the common {@link ResourceControl} settings; the
 * others are reached through {@code resources(resources().x(..))}.
 *
 * @param <U> the unit kind, returned by every option
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html">systemd.resource-control(5)</a>
 */
public sealed interface ResourceOptions<U extends ResourceOptions<U>> permits Service, Slice, Socket, Mount {

  /** The unit's resource limits. */
  ResourceControl resources();

  /** Returns a copy with every resource limit replaced by {@code resources}. */
  U resources(ResourceControl resources);

  /** Sets {@code MemoryMax=}; see {@link ResourceControl#memoryMax(Amount)}. Not set by default. Replaces. */
  default U memoryMax(Amount amount) {
    return resources(resources().memoryMax(amount));
  }

  /** Sets {@code MemoryHigh=}; see {@link ResourceControl#memoryHigh(Amount)}. Not set by default. Replaces. */
  default U memoryHigh(Amount amount) {
    return resources(resources().memoryHigh(amount));
  }

  /** Sets {@code MemorySwapMax=}; see {@link ResourceControl#memorySwapMax(Size)}. Not set by default. Replaces. */
  default U memorySwapMax(Size size) {
    return resources(resources().memorySwapMax(size));
  }

  /** Sets {@code CPUQuota=}; see {@link ResourceControl#cpuQuota(Percent)}. Not set by default. Replaces. */
  default U cpuQuota(Percent quota) {
    return resources(resources().cpuQuota(quota));
  }

  /** Sets {@code CPUWeight=}, 1..10000; see {@link ResourceControl#cpuWeight(int)}. Not set by default. Replaces. */
  default U cpuWeight(int weight) {
    return resources(resources().cpuWeight(weight));
  }

  /** Sets {@code IOWeight=}, 1..10000; see {@link ResourceControl#ioWeight(int)}. Not set by default. Replaces. */
  default U ioWeight(int weight) {
    return resources(resources().ioWeight(weight));
  }

  /** Sets {@code TasksMax=}; see {@link ResourceControl#tasksMax(long)}. Not set by default. Replaces. */
  default U tasksMax(long tasks) {
    return resources(resources().tasksMax(tasks));
  }

  /** Sets {@code TasksMax=infinity}; see {@link ResourceControl#tasksMaxInfinity()}. Not set by default. Replaces. */
  default U tasksMaxInfinity() {
    return resources(resources().tasksMaxInfinity());
  }

  /**
   * {@code MemoryLimit=}: rendered as {@code MemoryMax=}, with a {@code deprecated-directive} warning.
   *
   * @deprecated systemd replaced it by {@code MemoryMax=}; use {@link #memoryMax(Amount)}
   */
  @Deprecated
  default U memoryLimit(Amount amount) {
    return resources(resources().memoryLimit(amount));
  }

  /**
   * {@code CPUShares=}: rendered as the equivalent {@code CPUWeight=}, with a {@code deprecated-directive}
   * warning.
   *
   * @deprecated systemd replaced it by {@code CPUWeight=}; use {@link #cpuWeight(int)}
   */
  @Deprecated
  default U cpuShares(int shares) {
    return resources(resources().cpuShares(shares));
  }
}
