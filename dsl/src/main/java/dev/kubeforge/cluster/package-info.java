/**
 * The cluster aggregate: {@link dev.kubeforge.cluster.Cluster} (the immutable model every check and
 * renderer reads) and its {@link dev.kubeforge.cluster.Node}s, which place a host profile, Kubernetes labels
 * and taints on a machine; and the plan {@code build()} derives from them, which checks and renderers read
 * alike: each host profile's files ({@link dev.kubeforge.cluster.HostFile}) and each node's setup
 * ({@link dev.kubeforge.cluster.NodeSetup}).
 *
 * <p>Above the model layers: composes {@code k8s}, {@code host}, {@code kubeadm} and {@code cloudinit},
 * with {@code core} and {@code secret}; never depends on {@code check}, {@code render} or {@code output}.
 *
 * <p><b>Values and builders</b>, the one rule for {@code k8s}, {@code host}, {@code kubeadm},
 * {@code cloudinit} and {@code cluster} (their package documentation says which of their types is which):
 * <ul>
 *   <li>A <em>value</em> is an immutable record made by a factory ({@code of}, {@code create}, units,
 *       variants); its constructor validates and its option methods return copies, so it is written as one
 *       chained expression.
 *   <li>A value that gathers other values under a name is complete at creation:
 *       {@code X.named(name, x -> ...)} runs a builder that works only while the lambda runs, and the value
 *       has no option methods, so no changed copy can be dropped ({@code HostProfile}, {@code Node}).
 *   <li>A <em>construct</em> has identity in the cluster and children: its mutable {@code X.Builder} is
 *       created by its parent ({@code cluster.namespace(..)}, {@code namespace.app(..)},
 *       {@code cluster.kubeadm(k -> ...)}), never by a definition; only {@code Cluster.named(..)} and
 *       {@code Cluster.Builder.build()} are public entries, and after {@code build()} every builder of the
 *       cluster throws {@link IllegalStateException}.
 *   <li>What the cluster builds and hands out whole ({@code Cluster}, {@code Namespace}, {@code KubeObject})
 *       is a final class without a public constructor; its lists are unmodifiable and fabric8 objects are
 *       copied on the way in and out. The parts it is made of ({@code Kubeadm}, {@code CloudInit},
 *       {@code Secret}, {@code Ingress}, ...) stay records: one made by hand cannot get into a cluster.
 *   <li>Where a parent builder lives in another package, its layer has one public door that needs the
 *       cluster's {@code Scope} ({@code k8s.ClusterObjects}, {@code Kubeadm.Part}, {@code CloudInit.Part});
 *       every other builder constructor and {@code build()} is package-private.
 * </ul>
 *
 * <p>Here: {@link dev.kubeforge.cluster.Cluster.Builder} is the root construct's builder and
 * {@link dev.kubeforge.cluster.Cluster} what it builds; {@link dev.kubeforge.cluster.Node} gathers a host
 * profile, labels and taints and is complete at creation ({@code Node.named("w1", n -> n.profile(..))}).
 */
package dev.kubeforge.cluster;
