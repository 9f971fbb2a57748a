package dev.kubeforge.kubeadm;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * The pod network add-on the first control-plane node applies right after {@code kubeadm init}.
 * Either a manifest at a URL, applied as is, or the Kubernetes objects of one namespace of this
 * cluster's definition (such as a flannel or Calico DaemonSet written in the DSL), which checks can see.
 */
public sealed interface Cni permits Cni.Manifest, Cni.Objects {

  /** A manifest applied with {@code kubectl apply -f URL}, such as a release asset of flannel. */
  static Manifest manifest(String url) {
    return new Manifest(url);
  }

  /**
   * The objects the definition puts in namespace {@code namespace}, rendered into one manifest that
   * the first control-plane node applies.
   */
  static Objects objectsIn(String namespace) {
    return new Objects(namespace);
  }

  /**
   * A manifest at a URL.
   *
   * @param url an absolute {@code https} URL
   */
  record Manifest(String url) implements Cni {
    public Manifest {
      requireNonNull(url, "url");
      var uri = URI.create(url);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new IllegalArgumentException("a CNI manifest URL must be http(s): '" + url + "'");
      }
    }
  }

  /**
   * The objects of one namespace of the definition.
   *
   * @param namespace the namespace's name
   */
  record Objects(String namespace) implements Cni {
    public Objects {
      requireNonNull(namespace, "namespace");
    }
  }
}
