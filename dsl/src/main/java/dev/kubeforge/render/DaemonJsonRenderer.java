package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.host.DockerDaemon;
import dev.kubeforge.host.DockerHost;
import dev.kubeforge.host.Ulimit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders Docker's {@code daemon.json} of every host profile that configures Docker, at
 * {@code <cluster>/hosts/<profile>/etc/docker/daemon.json}: keys sorted, two-space indentation, LF line
 * ends, a trailing newline. JSON has no comments and dockerd rejects unknown keys, so this file, alone
 * among the generated files, carries no header line naming its definition.
 */
public final class DaemonJsonRenderer implements Renderer {

  /** The file below a profile's folder. */
  public static final String PATH = HostFile.DOCKER_DAEMON_JSON;

  /** Renders the {@code daemon.json} of every host profile of the cluster that configures Docker. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    HostFileText.render(cluster, context, DaemonJsonRenderer::text);
  }

  /** The file's text (JSON has no comment, so no header), or {@code null} when it is no {@code daemon.json}. */
  static String text(String header, HostFile.Content content) {
    return content instanceof HostFile.DockerConfig docker ? json(docker.docker()) : null;
  }

  /** The file's text. */
  static String json(DockerDaemon docker) {
    return ConfigMappers.json().writeValueAsString(tree(docker)) + "\n";
  }

  private static Map<String, Object> tree(DockerDaemon d) {
    var root = new TreeMap<String, Object>();
    d.options().forEach((key, value) -> root.put(key, ConfigMappers.plain(value)));
    if (!d.hosts().isEmpty()) {
      root.put("hosts", d.hosts().stream().map(DockerHost::uri).toList());
    }
    if (d.tls() != null) {
      var tls = d.tls();
      if (tls.verify()) {
        root.put("tlsverify", true);
      } else {
        root.put("tls", tls.enabled());
      }
      tls.files().forEach(file -> root.put(file.option(), file.path()));
    }
    var execOpts = new ArrayList<String>();
    if (d.cgroupDriver() != null) {
      execOpts.add("native.cgroupdriver=" + d.cgroupDriver().value());
    }
    execOpts.addAll(d.execOpts());
    putIfAny(root, "exec-opts", execOpts);
    putIfSet(root, "cgroup-parent", d.cgroupParent());
    putIfSet(root, "log-driver", d.logDriver() == null ? null : d.logDriver().value());
    if (!d.logOpts().isEmpty()) {
      root.put("log-opts", d.logOpts());
    }
    putIfSet(root, "log-level", d.logLevel() == null ? null : d.logLevel().value());
    putIfSet(root, "storage-driver", d.storageDriver() == null ? null : d.storageDriver().value());
    putIfAny(root, "storage-opts", d.storageOpts());
    putIfSet(root, "data-root", d.dataRoot());
    putIfAny(root, "registry-mirrors", d.registryMirrors());
    putIfAny(root, "insecure-registries", d.insecureRegistries());
    putIfSet(root, "live-restore", d.liveRestore());
    if (!d.defaultUlimits().isEmpty()) {
      var ulimits = new TreeMap<String, Object>();
      for (Ulimit ulimit : d.defaultUlimits().values()) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("Hard", ulimit.hard());
        entry.put("Name", ulimit.limit().ulimitName());
        entry.put("Soft", ulimit.soft());
        ulimits.put(ulimit.limit().ulimitName(), entry);
      }
      root.put("default-ulimits", ulimits);
    }
    putIfSet(root, "iptables", d.iptables());
    putIfSet(root, "bip", d.bip() == null ? null : d.bip().text());
    putIfSet(root, "mtu", d.mtu());
    putIfAny(root, "dns", d.dns().stream().map(IpAddress::toString).toList());
    if (!d.features().isEmpty()) {
      root.put("features", d.features());
    }
    if (d.proxies() != null) {
      var proxies = new TreeMap<String, Object>();
      putIfSet(proxies, "http-proxy", d.proxies().httpProxy());
      putIfSet(proxies, "https-proxy", d.proxies().httpsProxy());
      putIfSet(proxies, "no-proxy", d.proxies().noProxy());
      root.put("proxies", proxies);
    }
    return root;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static void putIfAny(Map<String, Object> map, String key, List<String> values) {
    if (!values.isEmpty()) {
      map.put(key, values);
    }
  }
}
