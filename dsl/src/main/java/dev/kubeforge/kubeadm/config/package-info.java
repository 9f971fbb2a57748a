/**
 * The typed {@code kubeadm.k8s.io/v1beta4}, {@code kubelet.config.k8s.io/v1beta1} and
 * {@code kubeproxy.config.k8s.io/v1alpha1} documents and their blocks, the escape hatch of
 * {@code cluster.kubeadm(k -> k.kubeletConfiguration(c -> ...))} to every upstream field. Part of the
 * kubeadm layer: the block classes and enums are generated from {@code dsl/src/codegen/config-api.yaml}
 * into {@code dsl/src/generated/java} (committed, each {@code @Generated}; {@code ConfigApiGeneratorTest}
 * in {@code dsl/codegen} keeps them current); {@link dev.kubeforge.kubeadm.config.ConfigObject},
 * {@link dev.kubeforge.kubeadm.config.ConfigDocument} and {@link dev.kubeforge.kubeadm.config.ConfigEnum}
 * are the hand-written types they build on. Depends on {@code core} (shared enums such as
 * {@link dev.kubeforge.core.CgroupDriver}), {@code secret} and fabric8's {@code Taint} and {@code EnvVar};
 * never on {@code dev.kubeforge.kubeadm}, which depends on it.
 */
package dev.kubeforge.kubeadm.config;
