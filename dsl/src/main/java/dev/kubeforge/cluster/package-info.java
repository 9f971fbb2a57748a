/**
 * The cluster aggregate: {@link dev.kubeforge.cluster.Cluster} (the immutable model every check and
 * renderer reads) and its {@link dev.kubeforge.cluster.Node}s, which place a host profile, Kubernetes labels
 * and taints on a machine; and the plan {@code build()} derives from them, which checks and renderers read
 * alike: each host profile's files ({@link dev.kubeforge.cluster.HostFile}) and each node's setup
 * ({@link dev.kubeforge.cluster.NodeSetup}).
 *
 * <p>Above the model layers: composes {@code k8s}, {@code host}, {@code kubeadm} and {@code cloudinit},
 * with {@code core} and {@code secret}; never depends on {@code check}, {@code render} or {@code output}.
 */
package dev.kubeforge.cluster;
