/**
 * How nodes are brought up from a bare OS image: the cluster-wide settings of
 * {@code cluster.cloudInit(c -> ...)} ({@link dev.kubeforge.cloudinit.CloudInit}) and the form-independent
 * node model ({@link dev.kubeforge.cloudinit.NodeSetup}, {@link dev.kubeforge.cloudinit.Step}) that the
 * cloud-config and CoreOS renderers write, and an Ignition renderer could. Part of the model layer;
 * never depends on {@code render} or {@code output}.
 */
package dev.kubeforge.cloudinit;
