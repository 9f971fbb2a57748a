package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.KernelModules;
import dev.kubeforge.host.Sysctl;
import dev.kubeforge.output.FileTree;

/**
 * Renders the kernel's boot-time files of every host profile: {@code sysctl.d} ({@code key = value} lines,
 * sorted) at {@code <cluster>/hosts/<profile>/etc/sysctl.d/<name>.conf} and {@code modules-load.d} (one
 * module per line) at {@code .../etc/modules-load.d/<name>.conf}, each after a header comment line.
 */
public final class SysctlRenderer {

  private final String header;

  /** A renderer whose files name {@code source} (the definition class) in their header. */
  public SysctlRenderer(String source) {
    this.header = Headers.yaml(source);
  }

  /** Renders the {@code sysctl.d} and {@code modules-load.d} files of every host profile into {@code tree}. */
  public void render(Cluster cluster, FileTree.Builder tree) {
    for (HostProfile profile : cluster.hostProfiles()) {
      var etc = cluster.name() + "/hosts/" + profile.name() + "/etc/";
      for (Sysctl sysctl : profile.sysctls()) {
        var out = new StringBuilder(header);
        sysctl.parameters().forEach((key, value) -> out.append(key).append(" = ").append(value).append('\n'));
        tree.add(etc + "sysctl.d/" + sysctl.name() + ".conf", out.toString());
      }
      for (KernelModules modules : profile.kernelModules()) {
        var out = new StringBuilder(header);
        modules.modules().forEach(module -> out.append(module).append('\n'));
        tree.add(etc + "modules-load.d/" + modules.name() + ".conf", out.toString());
      }
    }
  }
}
