package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;

/**
 * Renders the kernel's boot-time files of every host profile: {@code sysctl.d} ({@code key = value} lines,
 * sorted) at {@code <cluster>/hosts/<profile>/etc/sysctl.d/<name>.conf} and {@code modules-load.d} (one
 * module per line) at {@code .../etc/modules-load.d/<name>.conf}, each after a header comment line.
 */
public final class SysctlRenderer implements Renderer {

  /** Renders the {@code sysctl.d} and {@code modules-load.d} files of every host profile. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    HostFileText.render(cluster, context, SysctlRenderer::text);
  }

  /** The file's text with {@code header} on top, or {@code null} when it is no kernel file. */
  static String text(String header, HostFile.Content content) {
    if (content instanceof HostFile.SysctlConfig sysctl) {
      var out = new StringBuilder(header);
      sysctl.sysctl().parameters().forEach((key, value) -> out.append(key).append(" = ").append(value).append('\n'));
      return out.toString();
    } else if (content instanceof HostFile.ModulesConfig modules) {
      var out = new StringBuilder(header);
      modules.modules().modules().forEach(module -> out.append(module).append('\n'));
      return out.toString();
    }
    return null;
  }
}
