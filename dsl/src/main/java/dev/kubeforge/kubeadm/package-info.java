/**
 * How kubeadm brings the nodes up: {@link dev.kubeforge.kubeadm.Kubeadm} (the settings of
 * {@code cluster.kubeadm(k -> ...)} and the documents derived from them and the nodes). The typed
 * {@code kubeadm.k8s.io/v1beta4}, {@code kubelet.config.k8s.io/v1beta1} and
 * {@code kubeproxy.config.k8s.io/v1alpha1} documents those settings fill, generated from
 * {@code dsl/src/codegen/config-api.yaml}, live in the subpackage {@link dev.kubeforge.kubeadm.config}.
 * A model layer: depends on {@code core} (paths, scope, versions, CIDRs, the cgroup driver), {@code secret},
 * its own {@code config} subpackage (never the other way) and fabric8's core types; never on another model
 * layer (what it needs of a node comes as a {@link dev.kubeforge.kubeadm.KubeadmNode} from the cluster),
 * {@code check}, {@code render} or {@code output}.
 *
 * <p>Values and builders follow the one rule written in {@code dev.kubeforge.cluster}'s package
 * documentation (and {@code docs/ARCHITECTURE.md}).
 *
 * <p>Here: {@link dev.kubeforge.kubeadm.Kubeadm.Builder} is a construct's builder, reached only through
 * {@code cluster.kubeadm(k -> ...)}; {@link dev.kubeforge.kubeadm.Kubeadm.Part} is the cluster's door;
 * {@link dev.kubeforge.kubeadm.Kubeadm} and the documents are built.
 */
package dev.kubeforge.kubeadm;
