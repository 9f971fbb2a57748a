package dev.kubeforge.cloudinit;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How nodes are brought up from a bare OS image: the cluster-wide settings of
 * {@code cluster.cloudInit(c -> ...)}. Everything else of a node's cloud-config (hostname, packages, host
 * files, kubeadm) is derived from the cluster.
 *
 * @param path where the settings were made: {@code cluster prod › cloud-init}
 * @param target which form of user-data is written
 * @param adminUser the non-root administrator every node gets, if any
 * @param files extra files every node gets, in definition order
 * @param packages extra packages every node installs, in definition order
 * @param bootCommands commands run early at every boot ({@code bootcmd}), after the derived ones
 * @param commands commands run once after the bootstrap ({@code runcmd}), in definition order
 */
public record CloudInit(
    ObjectPath path,
    Target target,
    Optional<AdminUser> adminUser,
    List<File> files,
    List<String> packages,
    List<Step.Run> bootCommands,
    List<Step.Run> commands) {

  public CloudInit {
    requireNonNull(path, "path");
    requireNonNull(target, "target");
    requireNonNull(adminUser, "adminUser");
    files = List.copyOf(files);
    packages = List.copyOf(packages);
    bootCommands = List.copyOf(bootCommands);
    commands = List.copyOf(commands);
  }

  /** Which form of user-data the nodes get. */
  public enum Target {
    /** One {@code #cloud-config} per node, for cloud-init on Debian or Ubuntu: {@code cloud-init/<node>.yaml}. */
    CLOUD_CONFIG,
    /**
     * One legacy CoreOS {@code #cloud-config} for the whole cluster ({@code coreos/cloud-config.yaml}):
     * {@code write_files} and {@code coreos.units}, each unit limited to its hosts with
     * {@code ConditionHost=}. It installs no packages and runs no commands; a cluster that needs them is
     * a build error.
     */
    COREOS
  }

  /**
   * The administrator account of every node.
   *
   * @param name the user name, such as {@code kube}
   * @param sshAuthorizedKeys the public keys that may log in as this user
   */
  public record AdminUser(String name, List<String> sshAuthorizedKeys) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

    public AdminUser {
      requireNonNull(name, "name");
      if (!NAME.matcher(name).matches() || name.equals("root")) {
        throw new IllegalArgumentException("not a non-root Linux user name: '" + name
            + "' (lowercase letters, digits, '_' and '-', at most 32, not root)");
      }
      sshAuthorizedKeys = List.copyOf(sshAuthorizedKeys);
    }

    /** The user's home directory. */
    public String home() {
      return "/home/" + name;
    }
  }

  /**
   * A file every node gets, such as a helper script or a registry credential, besides the files of its
   * host profile. Its content is text, or a secret: then the reviewable output holds a placeholder and
   * the secrets output the value.
   *
   * @param path the absolute path on the node
   * @param text the content, when it is not secret
   * @param secret the content, when it is secret
   * @param owner the owner as {@code user:group}
   * @param permissions the mode as four octal digits
   */
  public record File(String path, Optional<String> text, Optional<SecretValue> secret, String owner,
      String permissions) {

    private static final Pattern MODE = Pattern.compile("0[0-7]{3}");

    public File {
      Names.requireAbsolutePath("file path", path);
      requireNonNull(text, "text");
      requireNonNull(secret, "secret");
      requireNonNull(owner, "owner");
      requireNonNull(permissions, "permissions");
      if (text.isPresent() == secret.isPresent()) {
        throw new IllegalArgumentException("a file has either text or a secret as content: " + path);
      }
      text.ifPresent(content -> Names.requireText("file " + path + " content", content));
      if (!MODE.matcher(permissions).matches()) {
        throw new IllegalArgumentException("not a file mode: '" + permissions + "' (four octal digits, such as 0644)");
      }
    }

    /** A file with {@code content}, owned by {@code root:root}, mode {@code 0644}. */
    public static File of(String path, String content) {
      return new File(path, Optional.of(requireNonNull(content, "content")), Optional.empty(), "root:root", "0644");
    }

    /** A file whose content is a secret, owned by {@code root:root}, mode {@code 0600}. */
    public static File secret(String path, SecretValue content) {
      return new File(path, Optional.empty(), Optional.of(requireNonNull(content, "content")), "root:root", "0600");
    }

    /** Returns a copy with the owner, such as {@code core:core}. Replaces. */
    public File owner(String owner) {
      return new File(path, text, secret, owner, permissions);
    }

    /** Returns a copy with the mode, such as {@code 0755}. Replaces. */
    public File permissions(String permissions) {
      return new File(path, text, secret, owner, permissions);
    }
  }

  /** The settings of {@code cluster.cloudInit(c -> ...)}; created by the cluster. */
  public static final class Builder {
    private final Scope scope;
    private Target target = Target.CLOUD_CONFIG;
    private String adminUser;
    private final List<String> keys = new ArrayList<>();
    private final List<File> files = new ArrayList<>();
    private final List<String> packages = new ArrayList<>();
    private final List<Step.Run> bootCommands = new ArrayList<>();
    private final List<Step.Run> commands = new ArrayList<>();

    /** A builder in {@code cluster}'s scope; {@link Part} makes it. */
    private Builder(Scope cluster) {
      this.scope = cluster.part("cloud-init");
    }

    /** Sets the form of user-data. Defaults to {@link Target#CLOUD_CONFIG}. Replaces any previous value. */
    public Builder target(Target target) {
      scope.ensureMutable();
      this.target = requireNonNull(target, "target");
      return this;
    }

    /**
     * Sets the non-root administrator every node gets ({@code users} in cloud-config): in group
     * {@code sudo} with password-less sudo, password login locked, and on control-plane nodes
     * {@code ~/.kube/config} for kubectl. None by default. Replaces any previous name.
     */
    public Builder adminUser(String name) {
      scope.ensureMutable();
      new AdminUser(name, List.of());
      this.adminUser = name;
      return this;
    }

    /** Adds a public key that may log in as the admin user ({@code ssh_authorized_keys}). Appends. */
    public Builder sshAuthorizedKey(String publicKey) {
      scope.ensureMutable();
      requireNonNull(publicKey, "publicKey");
      if (publicKey.isBlank() || publicKey.indexOf('\n') >= 0 || publicKey.contains("PRIVATE KEY")) {
        throw new IllegalArgumentException("not one SSH public key line: '" + publicKey + "'");
      }
      keys.add(publicKey);
      return this;
    }

    /**
     * Adds a file every node gets ({@code write_files}), such as {@code File.of("/opt/bin/wupiao", script)
     * .permissions("0755")}. Appends; written before the bootstrap commands run.
     */
    public Builder file(File file) {
      scope.ensureMutable();
      files.add(requireNonNull(file, "file"));
      return this;
    }

    /** Adds packages every node installs with the derived ones ({@code packages}). Appends. */
    public Builder packages(String... names) {
      scope.ensureMutable();
      for (String name : requireNonNull(names, "names")) {
        packages.add(requireNonNull(name, "names"));
      }
      return this;
    }

    /**
     * Adds a command run early at every boot ({@code bootcmd}), as an argument list without a shell.
     * Appends, after the derived boot commands.
     */
    public Builder bootCommand(String... argv) {
      scope.ensureMutable();
      bootCommands.add(Step.Run.of(argv));
      return this;
    }

    /**
     * Adds a command run once after the node has joined ({@code runcmd}), as an argument list without a
     * shell: one whole command per call (unlike a container's {@code command(..)}, which sets argv).
     * Appends, after the derived bootstrap commands.
     */
    public Builder runCommand(String... argv) {
      scope.ensureMutable();
      commands.add(Step.Run.of(argv));
      return this;
    }

    /**
     * Adds a shell command line run once after the node has joined ({@code runcmd}, through
     * {@code sh -c}). Appends, in order with {@link #runCommand}.
     */
    public Builder runShellCommand(String line) {
      scope.ensureMutable();
      commands.add(Step.Run.shell(line));
      return this;
    }

    /** Accepts the problems of check {@code checkId} on the cloud-init settings, for a reason a reviewer can judge. */
    public Builder allow(String checkId, String reason) {
      scope.allow(checkId, reason);
      return this;
    }

    /** Freezes the settings; {@link Part} calls it when the cluster is built. */
    private CloudInit build() {
      if (adminUser == null && !keys.isEmpty()) {
        throw new IllegalStateException(scope.path() + ": sshAuthorizedKey(..) needs adminUser(..), the user the keys log in as");
      }
      var admin = adminUser == null ? Optional.<AdminUser>empty() : Optional.of(new AdminUser(adminUser, keys));
      return new CloudInit(scope.path(), target, admin, files, packages, bootCommands, commands);
    }
  }

  /**
   * The cloud-init part of a cluster under construction: the settings of every
   * {@code cluster.cloudInit(c -> ..)} call. {@code Cluster.Builder} holds one.
   *
   * <p>It is the one door from the cluster aggregate into this package's builder, whose constructor and
   * {@code build()} are private. Definitions never use it: it needs the cluster's {@link Scope}, which only
   * {@code Cluster.named(..)} makes.
   */
  public static final class Part {
    private final Builder builder;

    /** The cloud-init part of the cluster whose scope is {@code cluster}; made by the cluster builder. */
    public Part(Scope cluster) {
      this.builder = new Builder(requireNonNull(cluster, "cluster"));
    }

    /** Runs {@code settings} on the cluster's cloud-init builder. */
    public void edit(Consumer<Builder> settings) {
      builder.scope.ensureMutable();
      requireNonNull(settings, "settings");
      settings.accept(builder);
    }

    /** Freezes the settings, every default when {@link #edit} was never called; called when the cluster is built. */
    public CloudInit build() {
      return builder.build();
    }
  }
}
