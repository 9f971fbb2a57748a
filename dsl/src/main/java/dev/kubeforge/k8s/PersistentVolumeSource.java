package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;

/** Where a statically declared PersistentVolume's storage is. */
public sealed interface PersistentVolumeSource
    permits PersistentVolumeSource.Nfs, PersistentVolumeSource.HostPath, PersistentVolumeSource.Local {

  /** An NFS export, such as the seed's NFS server: {@code nfs("10.0.0.5", "/exports/mysql")}. */
  static Nfs nfs(String server, String path) {
    return new Nfs(server, path, false);
  }

  /**
   * A directory on whichever node the pod runs on ({@code hostPath}, type {@code DirectoryOrCreate}):
   * for single-node test clusters; data does not follow a pod to another node.
   */
  static HostPath hostPath(String path) {
    return new HostPath(path, "DirectoryOrCreate");
  }

  /** A local disk or directory of one node ({@code local}); pods using it are scheduled to that node. */
  static Local local(String path, String node) {
    return new Local(path, node);
  }

  /**
   * An NFS export.
   *
   * @param server the server's host name or IP address
   * @param path the exported path
   * @param readOnly whether the volume is mounted read-only
   */
  record Nfs(String server, String path, boolean readOnly) implements PersistentVolumeSource {

    public Nfs {
      requireNonNull(server, "server");
      requireAbsolute(path);
      if (server.isBlank()) {
        throw new IllegalArgumentException("an NFS server needs a host name or address");
      }
    }

    /** Returns a copy mounted read-only. */
    public Nfs mountedReadOnly() {
      return new Nfs(server, path, true);
    }
  }

  /**
   * A directory on the node.
   *
   * @param path the absolute directory
   * @param type the {@code hostPath.type} check the kubelet makes
   */
  record HostPath(String path, String type) implements PersistentVolumeSource {

    public HostPath {
      requireAbsolute(path);
      requireNonNull(type, "type");
    }
  }

  /**
   * A local volume of one node.
   *
   * @param path the absolute path of the disk or directory
   * @param node the node's {@code kubernetes.io/hostname}
   */
  record Local(String path, String node) implements PersistentVolumeSource {

    public Local {
      requireAbsolute(path);
      Names.requireDns1123Subdomain("node name", node);
    }
  }

  private static void requireAbsolute(String path) {
    requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a volume path must be absolute: '" + path + "'");
    }
  }
}
