package dev.kubeforge.cluster;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cloudinit.Step;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.kubeadm.config.ConfigDocument;
import dev.kubeforge.kubeadm.config.ConfigObject;
import dev.kubeforge.kubeadm.NodeConfig;
import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that turns a bare OS image into one working node, independent of the form of user-data:
 * the node's name, its administrator, the package sources and packages, the files, and the steps in
 * order. Planned when the cluster is built ({@link Cluster#setup(Node)}), so checks see it; the
 * cloud-config and CoreOS renderers (and an Ignition renderer) each write it in their form. Files say
 * what they are ({@link Content}), never their bytes: writing them is the renderers' job.
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
   * Every secret value the node's files hold, in file order: secret files, then those of its kubeadm
   * configuration. A form of user-data that writes all files holds these.
   */
  public List<SecretValue> secrets() {
    var secrets = new ArrayList<SecretValue>();
    for (SetupFile file : files) {
      if (file.content() instanceof Secret secret) {
        secrets.add(secret.value());
      } else if (file.content() instanceof KubeadmConfig config) {
        secrets.addAll(secrets(config.documents()));
      }
    }
    return secrets;
  }

  /** The secret values of configuration documents, in the order their files write them (fields sorted). */
  public static List<SecretValue> secrets(List<ConfigDocument> documents) {
    var secrets = new ArrayList<SecretValue>();
    documents.forEach(document -> collect(document, secrets));
    return secrets;
  }

  private static void collect(Object value, List<SecretValue> secrets) {
    if (value instanceof ConfigObject block) {
      var fields = block.fields();
      String[] names = fields.keySet().toArray(new String[0]);
      Arrays.sort(names);
      for (String name : names) {
        collect(fields.get(name), secrets);
      }
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, secrets));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collect(item, secrets));
    } else if (value instanceof SecretValue secret) {
      secrets.add(secret);
    }
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
   * @param content what the file holds
   * @param owner the owner as {@code user:group}
   * @param permissions the mode, such as {@code 0644}
   * @param ofPackage whether the file configures something a package installs, so it is written after
   *     the packages (cloud-init's {@code defer})
   */
  public record SetupFile(String path, Content content, String owner, String permissions, boolean ofPackage) {
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

  /** What a node's file holds. Planned by {@code Cluster.build()}, never null inside. */
  public sealed interface Content permits Host, Text, Secret, KubeadmConfig, Manifest {}

  /** A file of the node's host profile. */
  public record Host(HostFile file) implements Content {}

  /** Text of the definition's own ({@code cloudInit(c -> c.file(..))}). */
  public record Text(String text) implements Content {}

  /**
   * A secret value, of the definition's own ({@code cloudInit(c -> c.file(File.secret(..)))}) or dockerd's
   * TLS material: a placeholder in the reviewable output.
   */
  public record Secret(SecretValue value) implements Content {}

  /**
   * The node's kubeadm configuration, the file {@code kubeadm init} or {@code kubeadm join} reads.
   *
   * @param config the node's configuration
   * @param documents its documents, as {@code Kubeadm.documents(config)} gives them
   */
  public record KubeadmConfig(NodeConfig config, List<ConfigDocument> documents) implements Content {
    public KubeadmConfig {
      requireNonNull(config, "config");
      documents = List.copyOf(documents);
    }
  }

  /** The objects of one namespace of the definition as one YAML stream, such as the pod network's. */
  public record Manifest(String namespace) implements Content {}
}
