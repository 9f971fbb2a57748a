package dev.kubeforge.cluster;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DropIn;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Journald;
import dev.kubeforge.host.KernelModules;
import dev.kubeforge.host.Registry;
import dev.kubeforge.host.Sysctl;
import dev.kubeforge.host.SystemdUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One file a host profile puts on its nodes: where it goes and what it is. The renderers turn
 * {@link #content()} into bytes; the set itself, {@link #of(HostProfile)}, is planned once, so the host
 * tree, the README and every form of user-data list the same files.
 *
 * @param path the path below the profile's folder, which mirrors the node's {@code /}, such as
 *     {@code etc/systemd/system/docker.service}
 * @param content what the file is
 */
public record HostFile(String path, Content content) {

  /** Where units and drop-ins go, below the profile's folder. */
  public static final String UNIT_DIRECTORY = "etc/systemd/system/";

  /** journald's drop-in, below the profile's folder. */
  public static final String JOURNALD_DROP_IN = "etc/systemd/journald.conf.d/10-kubeforge.conf";

  /** Docker's configuration, below the profile's folder. */
  public static final String DOCKER_DAEMON_JSON = "etc/docker/daemon.json";

  /** containerd's configuration, below the profile's folder. */
  public static final String CONTAINERD_CONFIG = "etc/containerd/config.toml";

  public HostFile {
    requireNonNull(path, "path");
    requireNonNull(content, "content");
  }

  /** Every file of the profile, sorted by path. */
  public static List<HostFile> of(HostProfile profile) {
    var files = new ArrayList<HostFile>();
    for (SystemdUnit unit : profile.units()) {
      files.add(new HostFile(UNIT_DIRECTORY + unit.name(), new Unit(unit)));
    }
    for (DropIn dropIn : profile.allDropIns()) {
      files.add(new HostFile(UNIT_DIRECTORY + dropIn.path(), new UnitDropIn(dropIn)));
    }
    if (profile.journald() != null) {
      files.add(new HostFile(JOURNALD_DROP_IN, new JournaldDropIn(profile.journald())));
    }
    if (profile.docker() != null) {
      files.add(new HostFile(DOCKER_DAEMON_JSON, new DockerConfig(profile.docker())));
    }
    if (profile.containerd() != null) {
      files.add(new HostFile(CONTAINERD_CONFIG, new ContainerdConfig(profile.containerd())));
      for (Registry registry : profile.containerd().registries()) {
        files.add(new HostFile(profile.containerd().registryConfigPath().substring(1) + "/" + registry.name()
            + "/hosts.toml", new RegistryHosts(registry)));
      }
    }
    for (Sysctl sysctl : profile.sysctls()) {
      files.add(new HostFile("etc/sysctl.d/" + sysctl.name() + ".conf", new SysctlConfig(sysctl)));
    }
    for (KernelModules modules : profile.kernelModules()) {
      files.add(new HostFile("etc/modules-load.d/" + modules.name() + ".conf", new ModulesConfig(modules)));
    }
    files.sort(Comparator.comparing(HostFile::path));
    return List.copyOf(files);
  }

  /** The path on the node: {@code /etc/systemd/system/docker.service}. */
  public String nodePath() {
    return "/" + path;
  }

  /** What a host file is; each kind has one renderer. Planned by {@code Cluster.build()}, never null inside. */
  public sealed interface Content
      permits Unit, UnitDropIn, JournaldDropIn, DockerConfig, ContainerdConfig, RegistryHosts, SysctlConfig,
      ModulesConfig {}

  /** A unit file declared in the profile. */
  public record Unit(SystemdUnit unit) implements Content {}

  /** A drop-in that reconfigures a unit, the kubelet's included. */
  public record UnitDropIn(DropIn dropIn) implements Content {}

  /** journald's settings. */
  public record JournaldDropIn(Journald journald) implements Content {}

  /** Docker's {@code daemon.json}. */
  public record DockerConfig(DockerDaemon docker) implements Content {}

  /** containerd's {@code config.toml}. */
  public record ContainerdConfig(Containerd containerd) implements Content {}

  /** A registry's {@code hosts.toml}, below containerd's {@code config_path}. */
  public record RegistryHosts(Registry registry) implements Content {}

  /** A {@code sysctl.d} file. */
  public record SysctlConfig(Sysctl sysctl) implements Content {}

  /** A {@code modules-load.d} file. */
  public record ModulesConfig(KernelModules modules) implements Content {}
}
