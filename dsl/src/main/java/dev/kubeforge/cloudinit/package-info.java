/**
 * How nodes are brought up from a bare OS image: the cluster-wide settings of
 * {@code cluster.cloudInit(c -> ...)} ({@link dev.kubeforge.cloudinit.CloudInit}) and the form-independent
 * node steps ({@link dev.kubeforge.cloudinit.Step}) that the planned {@code cluster.NodeSetup} holds and the
 * cloud-config and CoreOS renderers write, and an Ignition renderer could. A model layer: depends on
 * {@code core} and {@code secret}; never on another model layer, {@code check}, {@code render} or
 * {@code output}.
 *
 * <p>Values and builders follow the one rule written in {@code dev.kubeforge.cluster}'s package
 * documentation (and {@code docs/ARCHITECTURE.md}).
 *
 * <p>Here: {@link dev.kubeforge.cloudinit.CloudInit.Builder} is a construct's builder, reached only through
 * {@code cluster.cloudInit(c -> ...)}; {@link dev.kubeforge.cloudinit.CloudInit.Part} is the cluster's door;
 * {@code CloudInit.File} is a value; {@link dev.kubeforge.cloudinit.CloudInit} and the node setups are built.
 */
package dev.kubeforge.cloudinit;
