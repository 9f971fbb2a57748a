package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * A CRI runtime handler of containerd, next to the default {@code runc}: the table
 * {@code plugins."io.containerd.grpc.v1.cri".containerd.runtimes.<name>} (config version 2) or
 * {@code plugins."io.containerd.cri.v1.runtime".containerd.runtimes.<name>} (version 3), which a
 * Kubernetes {@code RuntimeClass} names in its {@code handler}. A handler of type
 * {@code io.containerd.runc.v2} (runc, or a runc-compatible binary such as NVIDIA's) gets
 * {@code options.SystemdCgroup} from {@link Containerd#cgroupDriver()}, like runc itself.
 *
 * <pre>{@code
 * Containerd.create()
 *     .runtime(RuntimeHandler.runc("nvidia").binaryName("/usr/bin/nvidia-container-runtime"))
 *     .runtime(RuntimeHandler.of("kata", "io.containerd.kata.v2").podAnnotations("io.katacontainers.*"));
 * }</pre>
 *
 * @param name the handler's name, a DNS-1123 label other than {@code runc}
 * @param runtimeType the shim, such as {@code io.containerd.runc.v2} or {@code io.containerd.kata.v2}
 * @param binaryName {@code options.BinaryName}: the runc-compatible binary, or {@code null} (runc on the path)
 * @param root {@code options.Root}: where a runc-compatible binary keeps its state, or {@code null}
 * @param configPath {@code options.ConfigPath}: the shim's configuration file, or {@code null}
 * @param privilegedWithoutHostDevices {@code privileged_without_host_devices}, or {@code null} (false)
 * @param podAnnotations {@code pod_annotations}: annotations passed on to the shim, in order
 * @see <a href="https://github.com/containerd/containerd/blob/main/docs/cri/config.md">containerd: CRI plugin config</a>
 */
public record RuntimeHandler(
    String name, String runtimeType, String binaryName, String root, String configPath, Boolean privilegedWithoutHostDevices,
    List<String> podAnnotations) {

  /** The shim of runc and runc-compatible runtimes. */
  public static final String RUNC_V2 = "io.containerd.runc.v2";

  public RuntimeHandler {
    Names.requireDns1123Label("runtime handler name", name);
    if (name.equals("runc")) {
      throw new IllegalArgumentException("runtime handler 'runc' is containerd's default, which Containerd"
          + " writes itself; name the handler otherwise");
    }
    requireNonNull(runtimeType, "runtimeType");
    if (!runtimeType.matches("io\\.containerd\\.[a-z0-9-]+\\.v[0-9]+")) {
      throw new IllegalArgumentException("not a containerd shim type: '" + runtimeType
          + "' (io.containerd.<name>.v<N>, such as io.containerd.kata.v2)");
    }
    podAnnotations = List.copyOf(podAnnotations);
  }

  /** A handler named {@code name} on the runc shim ({@code io.containerd.runc.v2}); nothing else set. */
  public static RuntimeHandler runc(String name) {
    return of(name, RUNC_V2);
  }

  /** A handler named {@code name} on the shim {@code runtimeType}; nothing else set. */
  public static RuntimeHandler of(String name, String runtimeType) {
    return new RuntimeHandler(name, runtimeType, null, null, null, null, List.of());
  }

  /** Whether the handler runs on the runc shim, and so takes runc's options. */
  public boolean isRunc() {
    return runtimeType.equals(RUNC_V2);
  }

  /**
   * Returns a copy with {@code options.BinaryName} set: the runc-compatible binary the runc shim runs,
   * such as {@code /usr/bin/nvidia-container-runtime}. Only for the runc shim. Not set by default. Replaces.
   */
  public RuntimeHandler binaryName(String path) {
    if (!isRunc()) {
      throw new IllegalArgumentException("BinaryName is a runc option; runtime handler " + name + " runs on "
          + runtimeType);
    }
    return new RuntimeHandler(name, runtimeType, Directives.absolutePath("BinaryName", path), root, configPath,
        privilegedWithoutHostDevices, podAnnotations);
  }

  /**
   * Returns a copy with {@code options.Root} set: where the runc-compatible binary keeps container state.
   * Only for the runc shim. Not set by default. Replaces.
   */
  public RuntimeHandler root(String path) {
    if (!isRunc()) {
      throw new IllegalArgumentException("Root is a runc option; runtime handler " + name + " runs on " + runtimeType);
    }
    return new RuntimeHandler(name, runtimeType, binaryName, Directives.absolutePath("Root", path), configPath,
        privilegedWithoutHostDevices, podAnnotations);
  }

  /**
   * Returns a copy with {@code options.ConfigPath} set: the shim's configuration file, such as Kata's
   * {@code /opt/kata/share/defaults/kata-containers/configuration.toml}. Not set by default. Replaces.
   */
  public RuntimeHandler configPath(String path) {
    return new RuntimeHandler(name, runtimeType, binaryName, root, Directives.absolutePath("ConfigPath", path),
        privilegedWithoutHostDevices, podAnnotations);
  }

  /**
   * Returns a copy with {@code privileged_without_host_devices} set: privileged pods of this handler do
   * not get the host's devices (what sandboxed runtimes such as Kata want). Not set by default (false). Replaces.
   */
  public RuntimeHandler privilegedWithoutHostDevices(boolean without) {
    return new RuntimeHandler(name, runtimeType, binaryName, root, configPath, without, podAnnotations);
  }

  /** Returns a copy with annotation keys added to {@code pod_annotations} ({@code io.katacontainers.*}). Appends. */
  public RuntimeHandler podAnnotations(String... keys) {
    var all = new ArrayList<>(podAnnotations);
    for (String key : keys) {
      requireNonNull(key, "key");
      if (key.isBlank() || key.contains(" ")) {
        throw new IllegalArgumentException("not an annotation key or pattern: '" + key + "'");
      }
      all.add(key);
    }
    return new RuntimeHandler(name, runtimeType, binaryName, root, configPath, privilegedWithoutHostDevices, all);
  }
}
