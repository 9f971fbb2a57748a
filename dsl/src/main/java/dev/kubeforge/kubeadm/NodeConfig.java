package dev.kubeforge.kubeadm;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.kubeadm.config.ConfigDocument;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.config.NodeRegistrationOptions;

/**
 * The kubeadm configuration of one node: the {@link InitConfiguration} of the first control-plane node,
 * or the {@link JoinConfiguration} of every other node.
 *
 * @param node the node it configures
 * @param role how the node enters the cluster
 * @param document its {@code InitConfiguration} or {@code JoinConfiguration}, frozen
 */
public record NodeConfig(KubeadmNode node, Role role, ConfigDocument document) {

  public NodeConfig {
    requireNonNull(node, "node");
    requireNonNull(role, "role");
    requireNonNull(document, "document");
    if ((role == Role.INIT) != (document instanceof InitConfiguration)) {
      throw new IllegalArgumentException(role + " does not go with a " + document.kind());
    }
  }

  /** The node's path in the model. */
  public ObjectPath path() {
    return node.path();
  }

  /** The node's {@code nodeRegistration}, or {@code null} when an edit removed it. */
  public NodeRegistrationOptions registration() {
    return document instanceof InitConfiguration init ? init.nodeRegistration()
        : ((JoinConfiguration) document).nodeRegistration();
  }

  /** How a node enters the cluster. */
  public enum Role {
    /** The first control-plane node: {@code kubeadm init}. */
    INIT,
    /** Another control-plane node: {@code kubeadm join --control-plane}. */
    JOIN_CONTROL_PLANE,
    /** A worker: {@code kubeadm join}. */
    JOIN_WORKER;

    /** Whether the node runs the control plane. */
    public boolean controlPlane() {
      return this != JOIN_WORKER;
    }
  }
}
