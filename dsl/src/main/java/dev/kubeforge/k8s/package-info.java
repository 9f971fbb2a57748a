/**
 * The Kubernetes layer of the model: constructs that expand into fabric8 objects.
 *
 * <p>Workloads ({@code app}, {@code statefulApp}, {@code daemonApp}, {@code batchJob}, {@code scheduledJob},
 * {@code staticPod}) share one container builder ({@link dev.kubeforge.k8s.ContainerSettings}) and one pod
 * builder ({@link dev.kubeforge.k8s.PodSettings}); Services, PodDisruptionBudgets and autoscalers come with
 * the workload they serve, with selectors derived from it (its own {@link dev.kubeforge.k8s.Labels} when
 * it keeps them, {@code app.kubernetes.io/name} otherwise). Objects that exist by other means are
 * declared {@link dev.kubeforge.k8s.External} ({@code namespace.external(..)}) and referred to like the
 * namespace's own. Values ({@link dev.kubeforge.k8s.Probe},
 * {@link dev.kubeforge.k8s.Cpu}, {@link dev.kubeforge.k8s.Toleration}, ...) are records. References to
 * objects of the config and storage layers plug in through {@link dev.kubeforge.k8s.KeyRef},
 * {@link dev.kubeforge.k8s.ObjectVolume} and {@link dev.kubeforge.k8s.ClaimTemplateVolume}. A construct
 * is referred to by a value taken from it ({@code ref()}: {@link dev.kubeforge.k8s.ServiceAccountRef},
 * {@link dev.kubeforge.k8s.WorkloadRef}, {@link dev.kubeforge.k8s.PvcRef}, ...), never by its builder.
 *
 * <p>A model layer: depends on fabric8's model, {@code core} (scope, paths, units, name rules) and
 * {@code secret}; never on another model layer, {@code check}, {@code render} or {@code output}. Objects are built with constructors and setters;
 * fabric8 builders run only for {@code customize(..)}.
 *
 * <p>Values and builders follow the one rule written in {@code dev.kubeforge.cluster}'s package
 * documentation (and {@code docs/ARCHITECTURE.md}).
 *
 * <p>Here: {@link dev.kubeforge.k8s.Probe}, {@link dev.kubeforge.k8s.Cpu}, {@link dev.kubeforge.k8s.Toleration},
 * {@link dev.kubeforge.k8s.Labels}, {@link dev.kubeforge.k8s.NfsVolume}, the {@link dev.kubeforge.k8s.External}
 * declarations and the references are values; every workload, config, storage, RBAC and policy type is a construct whose
 * builder a namespace or {@link dev.kubeforge.k8s.ClusterObjects} creates; {@link dev.kubeforge.k8s.KubeObject}
 * and {@link dev.kubeforge.k8s.Namespace} are built.
 */
package dev.kubeforge.k8s;
