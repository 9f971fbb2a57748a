package dev.kubeforge.cloudinit;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.ObjectPath;
import java.util.List;
import java.util.Optional;

/**
 * Everything that turns a bare OS image into one working node, independent of the form of user-data:
 * the node's name, its administrator, the package sources and packages, the files, and the steps in
 * order. The cloud-config and CoreOS renderers (and an Ignition renderer) each write it in their form.
 *
 * @param path the node in the model
 * @param hostname the node's hostname, which is also its Node name
 * @param adminUser the administrator account, if the cluster has one
 * @param aptSources package repositories added before packages are installed
 * @param packages packages to install, in order
 * @param files files to write, in order; files of packages are written after the packages are installed
 * @param bootSteps steps run early at every boot, before the package sources are set up
 * @param steps steps run once, in order, after the packages are installed and the files written
 */
public record NodeSetup(
    ObjectPath path,
    String hostname,
    Optional<CloudInit.AdminUser> adminUser,
    List<AptSource> aptSources,
    List<Package> packages,
    List<SetupFile> files,
    List<Step> bootSteps,
    List<Step> steps) {

  public NodeSetup {
    requireNonNull(path, "path");
    requireNonNull(hostname, "hostname");
    requireNonNull(adminUser, "adminUser");
    aptSources = List.copyOf(aptSources);
    packages = List.copyOf(packages);
    files = List.copyOf(files);
    bootSteps = List.copyOf(bootSteps);
    steps = List.copyOf(steps);
  }

  /**
   * An APT repository.
   *
   * @param name the file name under {@code /etc/apt/sources.list.d/}, such as {@code kubernetes.list}
   * @param line the {@code deb} line
   */
  public record AptSource(String name, String line) {
    public AptSource {
      requireNonNull(name, "name");
      requireNonNull(line, "line");
    }
  }

  /**
   * A package, optionally pinned.
   *
   * @param name the package name
   * @param version an APT version pattern, such as {@code 1.31.*}, or empty for the newest
   */
  public record Package(String name, Optional<String> version) {
    public Package {
      requireNonNull(name, "name");
      requireNonNull(version, "version");
    }
  }

  /**
   * A file to write on the node.
   *
   * @param path the absolute path on the node
   * @param content the file's text
   * @param owner the owner as {@code user:group}
   * @param permissions the mode, such as {@code 0644}
   * @param ofPackage whether the file configures something a package installs, so it is written after
   *     the packages (cloud-init's {@code defer})
   */
  public record SetupFile(String path, String content, String owner, String permissions, boolean ofPackage) {
    public SetupFile {
      requireNonNull(path, "path");
      requireNonNull(content, "content");
      requireNonNull(owner, "owner");
      requireNonNull(permissions, "permissions");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("a file on the node needs an absolute path: '" + path + "'");
      }
    }
  }
}
