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
 * var worker = HostProfile.named("worker")
 *     .slice(Slice.named("container").memoryMax(Size.gib(48)))
 *     .docker(DockerDaemon.create().cgroupParent("container.slice").cgroupDriver(CgroupDriver.SYSTEMD))
 *     .containerd(Containerd.create())
 *     .journald(Journald.create().storage(Storage.PERSISTENT).systemMaxUse(Size.gib(4)))
 *     .kubelet(Kubelet.create())
 *     .kubernetesPrerequisites();
 * }</pre>
 *
 * @param name the profile's name, a DNS-1123 label; the name of its output folder
 * @param units the declared units, in order
 * @param dropIns the drop-ins, in order
 * @param docker Docker's {@code daemon.json}, or {@code null} when the profile does not configure Docker
 * @param containerd containerd's {@code config.toml}, or {@code null}
 * @param journald journald's drop-in, or {@code null}
 * @param kubelet the kubelet's drop-in and runtime settings, or {@code null}
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
    allowances = Collections.unmodifiableSortedMap(new TreeMap<>(allowances));
  }

  /** An empty profile named {@code name} (a DNS-1123 label, such as {@code worker}). */
  public static HostProfile named(String name) {
    return new HostProfile(name, List.of(), List.of(), null, null, null, null, List.of(), List.of(), new TreeMap<>());
  }

  /** Adds a slice: {@code etc/systemd/system/<name>.slice}. Same as {@link #unit(SystemdUnit)}. */
  public HostProfile slice(Slice slice) {
    return unit(slice);
  }

  /** Adds a unit: {@code etc/systemd/system/<name>}. */
  public HostProfile unit(SystemdUnit unit) {
    requireNonNull(unit, "unit");
    return edit(d -> d.units.add(unit));
  }

  /** Adds units, in order. */
  public HostProfile units(SystemdUnit... units) {
    var profile = this;
    for (SystemdUnit unit : units) {
      profile = profile.unit(unit);
    }
    return profile;
  }

  /** Adds a drop-in: {@code etc/systemd/system/<unit>.d/<name>.conf}. */
  public HostProfile dropIn(DropIn dropIn) {
    requireNonNull(dropIn, "dropIn");
    return edit(d -> d.dropIns.add(dropIn));
  }

  /** Sets Docker's configuration: {@code etc/docker/daemon.json}. Not set by default (no file). Replaces. */
  public HostProfile docker(DockerDaemon docker) {
    requireNonNull(docker, "docker");
    return edit(d -> d.docker = docker);
  }

  /** Sets containerd's configuration: {@code etc/containerd/config.toml}. Not set by default (no file). Replaces. */
  public HostProfile containerd(Containerd containerd) {
    requireNonNull(containerd, "containerd");
    return edit(d -> d.containerd = containerd);
  }

  /** Sets journald's configuration: {@code etc/systemd/journald.conf.d/10-kubeforge.conf}. Not set by default. Replaces. */
  public HostProfile journald(Journald journald) {
    requireNonNull(journald, "journald");
    return edit(d -> d.journald = journald);
  }

  /**
   * Sets the kubelet: its drop-in ({@code etc/systemd/system/kubelet.service.d/10-kubeadm.conf}) and the
   * settings it shares with the runtime. Not set by default. Replaces.
   */
  public HostProfile kubelet(Kubelet kubelet) {
    requireNonNull(kubelet, "kubelet");
    return edit(d -> d.kubelet = kubelet);
  }

  /** Adds a {@code sysctl.d} file: {@code etc/sysctl.d/<name>.conf}. */
  public HostProfile sysctl(Sysctl sysctl) {
    requireNonNull(sysctl, "sysctl");
    return edit(d -> d.sysctls.add(sysctl));
  }

  /** Adds a {@code modules-load.d} file: {@code etc/modules-load.d/<name>.conf}. */
  public HostProfile kernelModules(KernelModules modules) {
    requireNonNull(modules, "modules");
    return edit(d -> d.kernelModules.add(modules));
  }

  /**
   * Adds what every Kubernetes node needs from the kernel: {@link KernelModules#kubernetes()} (overlay,
   * br_netfilter) and {@link Sysctl#kubernetes()} (ip_forward, bridge-nf-call-iptables).
   */
  public HostProfile kubernetesPrerequisites() {
    return kernelModules(KernelModules.kubernetes()).sysctl(Sysctl.kubernetes());
  }

  /**
   * Accepts the problems of check {@code checkId} in this profile, on every node that uses it, for a
   * reason a reviewer can judge. Replaces an earlier reason for the same check.
   */
  public HostProfile allow(String checkId, String reason) {
    Allowance.requireReason(checkId, reason);
    return edit(d -> d.allowances.put(checkId, reason));
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

  /** Every drop-in the profile renders: its own, then the kubelet's. */
  public List<DropIn> allDropIns() {
    if (kubelet == null) {
      return dropIns;
    }
    var all = new ArrayList<>(dropIns);
    all.add(kubelet.dropIn());
    return all;
  }

  private HostProfile edit(Consumer<Draft> change) {
    var draft = new Draft(this);
    change.accept(draft);
    return new HostProfile(name, draft.units, draft.dropIns, draft.docker, draft.containerd, draft.journald,
        draft.kubelet, draft.sysctls, draft.kernelModules, draft.allowances);
  }

  /** A mutable copy, so that each option method states only what it changes. */
  private static final class Draft {
    private final List<SystemdUnit> units;
    private final List<DropIn> dropIns;
    private DockerDaemon docker;
    private Containerd containerd;
    private Journald journald;
    private Kubelet kubelet;
    private final List<Sysctl> sysctls;
    private final List<KernelModules> kernelModules;
    private final SortedMap<String, String> allowances;

    Draft(HostProfile p) {
      units = new ArrayList<>(p.units);
      dropIns = new ArrayList<>(p.dropIns);
      docker = p.docker;
      containerd = p.containerd;
      journald = p.journald;
      kubelet = p.kubelet;
      sysctls = new ArrayList<>(p.sysctls);
      kernelModules = new ArrayList<>(p.kernelModules);
      allowances = new TreeMap<>(p.allowances);
    }
  }
}
