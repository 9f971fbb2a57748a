package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.Allowance;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.core.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A set of host files that nodes share: systemd units and drop-ins, the container runtimes' and
 * journald's configuration, kernel parameters and modules. Rendered once under
 * {@code <cluster>/hosts/<name>/}, mirroring the target file system ({@code etc/systemd/system/...},
 * {@code etc/docker/daemon.json}). Nodes refer to it with {@code Node.profile(..)}.
 *
 * <pre>{@code
 * var worker = HostProfile.named("worker", p -> p
 *     .slice(Slice.named("container").memoryMax(Size.gib(48)))
 *     .docker(DockerDaemon.create().cgroupParent("container.slice").cgroupDriver(CgroupDriver.SYSTEMD))
 *     .containerd(Containerd.create())
 *     .journald(Journald.create().storage(Storage.PERSISTENT).systemMaxUse(Size.gib(4)))
 *     .kubelet(Kubelet.create())
 *     .kubernetesPrerequisites());
 * }</pre>
 *
 * @param name the profile's name, a DNS-1123 label; the name of its output folder
 * @param units the declared units, in order
 * @param dropIns the drop-ins, in order
 * @param docker Docker's {@code daemon.json}, or {@code null} when the profile does not configure Docker
 * @param containerd containerd's {@code config.toml}, or {@code null}
 * @param journald journald's drop-in, or {@code null}
 * @param kubelet the kubelet's drop-in and runtime settings, or {@code null}
 * @param criDockerd where the nodes get cri-dockerd from, or {@code null} when they do not install it
 * @param sysctls the {@code sysctl.d} files, in order
 * @param kernelModules the {@code modules-load.d} files, in order
 * @param allowances check id to reason, for problems accepted on this profile, sorted
 */
public record HostProfile(
    String name,
    List<SystemdUnit> units,
    List<DropIn> dropIns,
    DockerDaemon docker,
    Containerd containerd,
    Journald journald,
    Kubelet kubelet,
    CriDockerd criDockerd,
    List<Sysctl> sysctls,
    List<KernelModules> kernelModules,
    SortedMap<String, String> allowances) {

  /** containerd's CRI socket, which the kubelet uses when the profile configures containerd. */
  public static final String CONTAINERD_SOCKET = "unix:///run/containerd/containerd.sock";

  /** cri-dockerd's socket, which the kubelet uses when the profile configures only Docker. */
  public static final String CRI_DOCKERD_SOCKET = "unix:///run/cri-dockerd.sock";

  public HostProfile {
    Names.requireDns1123Label("host profile name", name);
    units = List.copyOf(units);
    dropIns = List.copyOf(dropIns);
    sysctls = List.copyOf(sysctls);
    kernelModules = List.copyOf(kernelModules);
    if (criDockerd != null && docker == null) {
      throw new IllegalArgumentException("host profile " + name + " installs cri-dockerd but configures no Docker:"
          + " set docker(DockerDaemon) too");
    }
    allowances = Collections.unmodifiableSortedMap(new TreeMap<>(allowances));
  }

  /**
   * The profile named {@code name} (a DNS-1123 label, such as {@code worker}), complete with what
   * {@code settings} sets on its builder: {@code HostProfile.named("worker", p -> p.docker(..).journald(..))}.
   * A profile has no option methods, so no changed copy can be dropped by mistake; the builder works only
   * while {@code settings} runs.
   */
  public static HostProfile named(String name, Consumer<Builder> settings) {
    requireNonNull(settings, "settings");
    var builder = new Builder(name);
    settings.accept(builder);
    return builder.build();
  }

  /**
   * The cgroup driver of the runtime the kubelet uses: containerd's when the profile configures containerd,
   * else Docker's when set; empty when neither says.
   */
  public Optional<CgroupDriver> runtimeCgroupDriver() {
    if (containerd != null) {
      return Optional.of(containerd.cgroupDriver());
    }
    return docker == null ? Optional.empty() : Optional.ofNullable(docker.cgroupDriver());
  }

  /** The kubelet's cgroup driver: the one set on {@link Kubelet}, else {@link #runtimeCgroupDriver()}. */
  public Optional<CgroupDriver> kubeletCgroupDriver() {
    if (kubelet != null && kubelet.cgroupDriver() != null) {
      return Optional.of(kubelet.cgroupDriver());
    }
    return runtimeCgroupDriver();
  }

  /**
   * The kubelet's container runtime endpoint: the one set on {@link Kubelet}, else
   * {@link #CONTAINERD_SOCKET} when the profile configures containerd, else {@link #CRI_DOCKERD_SOCKET}
   * when it configures Docker (dockershim left the kubelet in 1.24; cri-dockerd replaces it).
   */
  public Optional<String> criSocket() {
    if (kubelet != null && kubelet.containerRuntimeEndpoint() != null) {
      return Optional.of(kubelet.containerRuntimeEndpoint());
    }
    if (containerd != null) {
      return Optional.of(CONTAINERD_SOCKET);
    }
    return docker == null ? Optional.empty() : Optional.of(CRI_DOCKERD_SOCKET);
  }

  /** Every drop-in the profile renders: its own, then the kubelet's. Unmodifiable. */
  public List<DropIn> allDropIns() {
    if (kubelet == null) {
      return dropIns;
    }
    var all = new ArrayList<>(dropIns);
    all.add(kubelet.dropIn());
    return List.copyOf(all);
  }

  /**
   * The settings of one host profile, inside {@code HostProfile.named(name, p -> ...)}. Each method changes
   * this builder and returns it; once {@code named(..)} returns, every method throws
   * {@link IllegalStateException}.
   */
  public static final class Builder {
    private final String name;
    private final List<SystemdUnit> units = new ArrayList<>();
    private final List<DropIn> dropIns = new ArrayList<>();
    private DockerDaemon docker;
    private Containerd containerd;
    private Journald journald;
    private Kubelet kubelet;
    private CriDockerd criDockerd;
    private final List<Sysctl> sysctls = new ArrayList<>();
    private final List<KernelModules> kernelModules = new ArrayList<>();
    private final SortedMap<String, String> allowances = new TreeMap<>();
    private boolean built;

    private Builder(String name) {
      this.name = Names.requireDns1123Label("host profile name", name);
    }

    /** Adds a slice: {@code etc/systemd/system/<name>.slice}. Same as {@link #unit(SystemdUnit)}. */
    public Builder slice(Slice slice) {
      return unit(slice);
    }

    /** Adds a unit: {@code etc/systemd/system/<name>}. */
    public Builder unit(SystemdUnit unit) {
      ensureOpen();
      units.add(requireNonNull(unit, "unit"));
      return this;
    }

    /** Adds units, in order. */
    public Builder units(SystemdUnit... units) {
      for (SystemdUnit unit : units) {
        unit(unit);
      }
      return this;
    }

    /** Adds a drop-in: {@code etc/systemd/system/<unit>.d/<name>.conf}. */
    public Builder dropIn(DropIn dropIn) {
      ensureOpen();
      dropIns.add(requireNonNull(dropIn, "dropIn"));
      return this;
    }

    /** Sets Docker's configuration: {@code etc/docker/daemon.json}. Not set by default (no file). Replaces. */
    public Builder docker(DockerDaemon docker) {
      ensureOpen();
      this.docker = requireNonNull(docker, "docker");
      return this;
    }

    /** Sets containerd's configuration: {@code etc/containerd/config.toml}. Not set by default (no file). Replaces. */
    public Builder containerd(Containerd containerd) {
      ensureOpen();
      this.containerd = requireNonNull(containerd, "containerd");
      return this;
    }

    /** Sets journald's configuration: {@code etc/systemd/journald.conf.d/10-kubeforge.conf}. Not set by default. Replaces. */
    public Builder journald(Journald journald) {
      ensureOpen();
      this.journald = requireNonNull(journald, "journald");
      return this;
    }

    /**
     * Sets the kubelet: its drop-in ({@code etc/systemd/system/kubelet.service.d/10-kubeadm.conf}) and the
     * settings it shares with the runtime. Not set by default. Replaces.
     */
    public Builder kubelet(Kubelet kubelet) {
      ensureOpen();
      this.kubelet = requireNonNull(kubelet, "kubelet");
      return this;
    }

    /**
     * Installs cri-dockerd on the profile's nodes from {@code source}, so a kubelet on Docker has the CRI
     * socket it is pointed at ({@link #CRI_DOCKERD_SOCKET}). Needs {@link #docker(DockerDaemon)}. Not set
     * by default: a kubelet that would reach Docker through cri-dockerd is then refused
     * ({@code cri-dockerd-unavailable}). Replaces.
     */
    public Builder criDockerd(CriDockerd source) {
      ensureOpen();
      this.criDockerd = requireNonNull(source, "source");
      return this;
    }

    /** Adds a {@code sysctl.d} file: {@code etc/sysctl.d/<name>.conf}. */
    public Builder sysctl(Sysctl sysctl) {
      ensureOpen();
      sysctls.add(requireNonNull(sysctl, "sysctl"));
      return this;
    }

    /** Adds a {@code modules-load.d} file: {@code etc/modules-load.d/<name>.conf}. */
    public Builder kernelModules(KernelModules modules) {
      ensureOpen();
      kernelModules.add(requireNonNull(modules, "modules"));
      return this;
    }

    /**
     * Adds what every Kubernetes node needs from the kernel: {@link KernelModules#kubernetes()} (overlay,
     * br_netfilter) and {@link Sysctl#kubernetes()} (ip_forward, bridge-nf-call-iptables).
     */
    public Builder kubernetesPrerequisites() {
      return kernelModules(KernelModules.kubernetes()).sysctl(Sysctl.kubernetes());
    }

    /**
     * Accepts the problems of check {@code checkId} in this profile, on every node that uses it, for a
     * reason a reviewer can judge. Replaces an earlier reason for the same check.
     */
    public Builder allow(String checkId, String reason) {
      ensureOpen();
      Allowance.requireReason(checkId, reason);
      allowances.put(checkId, reason);
      return this;
    }

    private void ensureOpen() {
      if (built) {
        throw new IllegalStateException("host profile " + name + " is already built: set it inside"
            + " HostProfile.named(\"" + name + "\", p -> ...)");
      }
    }

    private HostProfile build() {
      ensureOpen();
      built = true;
      return new HostProfile(name, units, dropIns, docker, containerd, journald, kubelet, criDockerd, sysctls,
          kernelModules, allowances);
    }
  }
}
