/**
 * The Kubernetes layer of the model: constructs that expand into fabric8 objects.
 *
 * <p>Workloads ({@code app}, {@code statefulApp}, {@code daemonApp}, {@code job}, {@code cronJob},
 * {@code staticPod}) share one container builder ({@link dev.kubeforge.k8s.ContainerSettings}) and one pod
 * builder ({@link dev.kubeforge.k8s.PodSettings}); Services, PodDisruptionBudgets and autoscalers come with
 * the workload they serve, with selectors derived from it. Values ({@link dev.kubeforge.k8s.Probe},
 * {@link dev.kubeforge.k8s.Cpu}, {@link dev.kubeforge.k8s.Toleration}, ...) are records. References to
 * objects of the config and storage layers plug in through {@link dev.kubeforge.k8s.KeyRef},
 * {@link dev.kubeforge.k8s.ObjectVolume} and {@link dev.kubeforge.k8s.ClaimTemplateVolume}.
 *
 * <p>A model layer: depends on fabric8's model, {@code core} (scope, paths, units, name rules) and
 * {@code secret}; never on another model layer, {@code check}, {@code render} or {@code output}. Objects are built with constructors and setters;
 * fabric8 builders run only for {@code customize(..)}.
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
 * <p>Here: {@link dev.kubeforge.k8s.Probe}, {@link dev.kubeforge.k8s.Cpu}, {@link dev.kubeforge.k8s.Toleration}
 * and the references are values; every workload, config, storage, RBAC and policy type is a construct whose
 * builder a namespace or {@link dev.kubeforge.k8s.ClusterObjects} creates; {@link dev.kubeforge.k8s.KubeObject}
 * and {@link dev.kubeforge.k8s.Namespace} are built.
 */
package dev.kubeforge.k8s;
