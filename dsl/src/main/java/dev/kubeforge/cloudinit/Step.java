package dev.kubeforge.cloudinit;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.util.List;

/**
 * One step of bringing a node up, in the order the node runs them. Derived steps say what they do
 * ({@link LoadModules}, {@link KubeadmJoin}), so that each form of user-data can express them in its own
 * way (a cloud-config command line, a CoreOS unit, an Ignition unit), or a check can report before
 * rendering that the form cannot; {@link Run} is a command of the definition's own.
 */
public sealed interface Step {

  /** Calls the visitor's method for this kind of step. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of step: a form of user-data implements it to express every step, so a new kind
   * of step does not compile until every form handles it (Java 17 has no exhaustive pattern switch).
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    R download(Download step);

    R loadModules(LoadModules step);

    R applySysctl(ApplySysctl step);

    R swapOff(SwapOff step);

    R daemonReload(DaemonReload step);

    R restartUnits(RestartUnits step);

    R enableUnits(EnableUnits step);

    R holdPackages(HoldPackages step);

    R kubeadmInit(KubeadmInit step);

    R kubeadmJoin(KubeadmJoin step);

    R adminKubeconfig(AdminKubeconfig step);

    R applyManifest(ApplyManifest step);

    R run(Run step);
  }

  /**
   * Downloads a file once, such as the signing key of a package repository.
   *
   * @param url where from
   * @param path where to, an absolute path on the node
   */
  record Download(String url, String path) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.download(this);
    }

    public Download {
      requireNonNull(url, "url");
      Names.requireAbsolutePath("download path", path);
    }
  }

  /** Loads the kernel modules of {@code /etc/modules-load.d} now rather than at the next boot. */
  record LoadModules() implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.loadModules(this);
    }
  }

  /** Applies every {@code /etc/sysctl.d} setting now. */
  record ApplySysctl() implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.applySysctl(this);
    }
  }

  /** Turns swap off, which the kubelet refuses to run with by default. */
  record SwapOff() implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.swapOff(this);
    }
  }

  /** Makes systemd read the unit files and drop-ins written. */
  record DaemonReload() implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.daemonReload(this);
    }
  }

  /**
   * Restarts units whose configuration was written after their package started them.
   *
   * @param units the unit names, such as {@code containerd.service}
   */
  record RestartUnits(List<String> units) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.restartUnits(this);
    }

    public RestartUnits {
      units = List.copyOf(units);
    }
  }

  /**
   * Enables units and starts them now.
   *
   * @param units the unit names, such as {@code container.slice}
   */
  record EnableUnits(List<String> units) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.enableUnits(this);
    }

    public EnableUnits {
      units = List.copyOf(units);
    }
  }

  /**
   * Keeps packages at their installed version on upgrades.
   *
   * @param packages the package names
   */
  record HoldPackages(List<String> packages) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.holdPackages(this);
    }

    public HoldPackages {
      packages = List.copyOf(packages);
    }
  }

  /**
   * Runs {@code kubeadm init}.
   *
   * @param config the configuration file on the node
   * @param uploadCertificates whether to upload the control-plane certificates for other control-plane nodes
   */
  record KubeadmInit(String config, boolean uploadCertificates) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.kubeadmInit(this);
    }

    public KubeadmInit {
      requireNonNull(config, "config");
    }
  }

  /**
   * Waits until the API server accepts connections, then runs {@code kubeadm join}.
   *
   * @param config the configuration file on the node
   * @param apiServerHost the host of the control-plane endpoint
   * @param apiServerPort its port
   */
  record KubeadmJoin(String config, String apiServerHost, int apiServerPort) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.kubeadmJoin(this);
    }

    public KubeadmJoin {
      requireNonNull(config, "config");
      requireNonNull(apiServerHost, "apiServerHost");
    }
  }

  /**
   * Copies the cluster's admin kubeconfig to a user's {@code ~/.kube/config}, owned by the user.
   *
   * @param user the user
   * @param home the user's home directory
   */
  record AdminKubeconfig(String user, String home) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.adminKubeconfig(this);
    }

    public AdminKubeconfig {
      requireNonNull(user, "user");
      requireNonNull(home, "home");
    }
  }

  /**
   * Applies a manifest with the admin kubeconfig.
   *
   * @param manifest a URL, or a path on the node
   */
  record ApplyManifest(String manifest) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.applyManifest(this);
    }

    public ApplyManifest {
      requireNonNull(manifest, "manifest");
    }
  }

  /**
   * A command of the definition's own.
   *
   * @param argv the program and its arguments; a shell line is {@code sh -c LINE}
   * @param shell whether it was given as a shell line
   */
  record Run(List<String> argv, boolean shell) implements Step {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.run(this);
    }


    public Run {
      argv = List.copyOf(argv);
      if (argv.isEmpty()) {
        throw new IllegalArgumentException("a command needs at least the program");
      }
    }

    /** A program and its arguments, run without a shell. */
    public static Run of(String... argv) {
      return new Run(List.of(requireNonNull(argv, "argv")), false);
    }

    /** A shell command line. */
    public static Run shell(String line) {
      requireNonNull(line, "line");
      if (line.isBlank()) {
        throw new IllegalArgumentException("a shell command line must not be blank");
      }
      return new Run(List.of("sh", "-c", line), true);
    }
  }
}
