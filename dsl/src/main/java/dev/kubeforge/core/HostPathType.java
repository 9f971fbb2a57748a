package dev.kubeforge.core;

/**
 * What must exist at a host path before it is mounted (core/v1 {@code HostPathType}): a pod's
 * {@code hostPath.type} ({@code dev.kubeforge.k8s.HostPath}) and kubeadm's {@code HostPathMount.pathType}.
 * In {@code core} because both layers use it.
 */
public enum HostPathType {
  /** No check: {@code ""} (a pod's {@code hostPath} leaves {@code type} out). */
  UNCHECKED(""),
  /** A directory, created (0755) when missing. */
  DIRECTORY_OR_CREATE("DirectoryOrCreate"),
  /** An existing directory. */
  DIRECTORY("Directory"),
  /** A file, created empty (0644) when missing. */
  FILE_OR_CREATE("FileOrCreate"),
  /** An existing file. */
  FILE("File"),
  /** An existing UNIX socket. */
  SOCKET("Socket"),
  /** An existing character device. */
  CHAR_DEVICE("CharDevice"),
  /** An existing block device. */
  BLOCK_DEVICE("BlockDevice");

  private final String value;

  HostPathType(String value) {
    this.value = value;
  }

  /** The value Kubernetes writes, empty for {@link #UNCHECKED}. */
  public String value() {
    return value;
  }
}
