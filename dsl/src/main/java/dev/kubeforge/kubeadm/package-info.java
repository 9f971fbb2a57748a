/**
 * How kubeadm brings the nodes up: {@link dev.kubeforge.kubeadm.Kubeadm} (the settings of
 * {@code cluster.kubeadm(k -> ...)} and the documents derived from them and the nodes), and the typed
 * {@code kubeadm.k8s.io/v1beta4}, {@code kubelet.config.k8s.io/v1beta1} and
 * {@code kubeproxy.config.k8s.io/v1alpha1} documents, generated from {@code dsl/src/codegen/config-api.yaml}.
 * A model layer: depends on {@code core} (paths, scope, versions, CIDRs), {@code secret} and fabric8's
 * core types; never on another model layer (what it needs of a node comes as a
 * {@link dev.kubeforge.kubeadm.KubeadmNode} from the cluster), {@code check}, {@code render} or
 * {@code output}.
 *
 * <p><b>Values and builders</b> (one rule for {@code k8s}, {@code host}, {@code kubeadm}, {@code cloudinit}
 * and {@code cluster}):
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
 * <p>Here: {@link dev.kubeforge.kubeadm.Kubeadm.Builder} is a construct's builder, reached only through
 * {@code cluster.kubeadm(k -> ...)}; {@link dev.kubeforge.kubeadm.Kubeadm.Part} is the cluster's door;
 * {@link dev.kubeforge.kubeadm.Kubeadm} and the documents are built.
 */
package dev.kubeforge.kubeadm;
