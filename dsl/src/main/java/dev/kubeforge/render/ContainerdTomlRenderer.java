package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.HostFile;
import dev.kubeforge.core.CgroupDriver;
import dev.kubeforge.host.Containerd;
import dev.kubeforge.host.Registry;
import dev.kubeforge.host.RegistryHost;
import dev.kubeforge.host.RuntimeHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders containerd's {@code config.toml} of every host profile that configures containerd, at
 * {@code <cluster>/hosts/<profile>/etc/containerd/config.toml}: a header comment, {@code version} first,
 * then every setting as one dotted key, sorted ({@code plugins.'io.containerd.grpc.v1.cri'.sandbox_image
 * = '...'}), so each line of a diff names the whole setting.
 *
 * <p>Version 2 puts the CRI settings under {@code io.containerd.grpc.v1.cri}; version 3 (containerd 2.x)
 * under {@code io.containerd.cri.v1.images} (images, snapshotter, registry) and
 * {@code io.containerd.cri.v1.runtime} (runtimes).
 */
public final class ContainerdTomlRenderer implements Renderer {

  /** The file below a profile's folder. */
  public static final String PATH = HostFile.CONTAINERD_CONFIG;

  /** Renders the {@code config.toml} of every host profile of the cluster that configures containerd. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    HostFileText.render(cluster, context, ContainerdTomlRenderer::text);
  }

  /**
   * The file's text with {@code header} on top, or {@code null} when it is neither containerd's
   * configuration nor a registry's {@code hosts.toml}.
   */
  static String text(String header, HostFile.Content content) {
    if (content instanceof HostFile.ContainerdConfig containerd) {
      return header + toml(containerd.containerd());
    }
    return content instanceof HostFile.RegistryHosts hosts ? header + hostsToml(hosts.registry()) : null;
  }

  /** A registry's {@code hosts.toml}: {@code server}, then each host's table in the order containerd tries them. */
  static String hostsToml(Registry registry) {
    var root = new LinkedHashMap<String, Object>();
    if (registry.server() != null) {
      root.put("server", registry.server());
    }
    var hosts = new LinkedHashMap<String, Object>();
    for (RegistryHost host : registry.hosts()) {
      var table = new LinkedHashMap<String, Object>();
      table.put("capabilities", host.capabilities().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
      if (host.skipVerify() != null) {
        table.put("skip_verify", host.skipVerify());
      }
      if (host.ca() != null) {
        table.put("ca", host.ca());
      }
      if (!host.headers().isEmpty()) {
        table.put("header", new TreeMap<>(host.headers()));
      }
      hosts.put(host.url(), table);
    }
    if (!hosts.isEmpty()) {
      root.put("host", hosts);
    }
    return ConfigMappers.toml().writeValueAsString(root);
  }

  /** The file's text without its header. */
  static String toml(Containerd containerd) {
    return ConfigMappers.toml().writeValueAsString(tree(containerd));
  }

  private static Map<String, Object> tree(Containerd c) {
    var root = new LinkedHashMap<String, Object>();
    root.put("version", c.version());
    if (c.root() != null) {
      root.put("root", c.root());
    }
    if (c.state() != null) {
      root.put("state", c.state());
    }
    var runc = new TreeMap<String, Object>();
    runc.put("runtime_type", "io.containerd.runc.v2");
    var runcOptions = new TreeMap<String, Object>(Map.of("SystemdCgroup", c.cgroupDriver() == CgroupDriver.SYSTEMD));
    if (c.runcBinaryName() != null) {
      runcOptions.put("BinaryName", c.runcBinaryName());
    }
    if (c.runcRoot() != null) {
      runcOptions.put("Root", c.runcRoot());
    }
    runc.put("options", runcOptions);
    var runtimes = new TreeMap<String, Object>(Map.of("runc", runc));
    for (RuntimeHandler handler : c.runtimes()) {
      runtimes.put(handler.name(), handler(handler, c.cgroupDriver()));
    }
    var runtime = new TreeMap<String, Object>();
    runtime.put("default_runtime_name", c.defaultRuntime());
    runtime.put("runtimes", runtimes);
    var plugins = new TreeMap<String, Object>();
    var snapshotter = c.proxySnapshotter() != null ? c.proxySnapshotter().name()
        : c.snapshotter() != null ? c.snapshotter().value() : null;
    if (c.version() == 2) {
      var cri = new TreeMap<String, Object>();
      if (snapshotter != null) {
        runtime.put("snapshotter", snapshotter);
      }
      cri.put("containerd", runtime);
      if (c.sandboxImage() != null) {
        cri.put("sandbox_image", c.sandboxImage());
      }
      if (c.registryConfigPath() != null) {
        cri.put("registry", new TreeMap<>(Map.of("config_path", c.registryConfigPath())));
      }
      plugins.put("io.containerd.grpc.v1.cri", cri);
    } else {
      var images = new TreeMap<String, Object>();
      if (snapshotter != null) {
        images.put("snapshotter", snapshotter);
      }
      if (c.sandboxImage() != null) {
        images.put("pinned_images", new TreeMap<>(Map.of("sandbox", c.sandboxImage())));
      }
      if (c.registryConfigPath() != null) {
        images.put("registry", new TreeMap<>(Map.of("config_path", c.registryConfigPath())));
      }
      if (!images.isEmpty()) {
        plugins.put("io.containerd.cri.v1.images", images);
      }
      plugins.put("io.containerd.cri.v1.runtime", new TreeMap<>(Map.of("containerd", runtime)));
    }
    root.put("plugins", plugins);
    if (c.proxySnapshotter() != null) {
      var plugin = new TreeMap<String, Object>(Map.of("type", "snapshot", "address", c.proxySnapshotter().address()));
      root.put("proxy_plugins", new TreeMap<String, Object>(Map.of(c.proxySnapshotter().name(), plugin)));
    }
    for (Containerd.Setting option : c.options()) {
      put(root, option.key(), ConfigMappers.plain(option.value()));
    }
    return root;
  }

  /** A runtime handler's table; one on the runc shim gets runc's {@code SystemdCgroup} too. */
  private static Map<String, Object> handler(RuntimeHandler handler, CgroupDriver driver) {
    var table = new TreeMap<String, Object>();
    table.put("runtime_type", handler.runtimeType());
    var options = new TreeMap<String, Object>();
    if (handler.isRunc()) {
      options.put("SystemdCgroup", driver == CgroupDriver.SYSTEMD);
    }
    if (handler.binaryName() != null) {
      options.put("BinaryName", handler.binaryName());
    }
    if (handler.root() != null) {
      options.put("Root", handler.root());
    }
    if (handler.configPath() != null) {
      options.put("ConfigPath", handler.configPath());
    }
    if (!options.isEmpty()) {
      table.put("options", options);
    }
    if (handler.privilegedWithoutHostDevices() != null) {
      table.put("privileged_without_host_devices", handler.privilegedWithoutHostDevices());
    }
    if (!handler.podAnnotations().isEmpty()) {
      table.put("pod_annotations", handler.podAnnotations());
    }
    return table;
  }

  /** Puts an escape-hatch value at its dotted key, below the typed keys (which {@code option} keeps it off). */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, List<String> key, Object value) {
    var table = root;
    for (String part : key.subList(0, key.size() - 1)) {
      var next = table.computeIfAbsent(part, name -> new TreeMap<String, Object>());
      if (!(next instanceof Map)) {
        throw new IllegalStateException("config.toml key " + String.join(".", key) + " lies below a value");
      }
      table = (Map<String, Object>) next;
    }
    table.put(key.get(key.size() - 1), value);
  }
}
