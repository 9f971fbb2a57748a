/**
 * How kubeadm brings the nodes up: {@link dev.kubeforge.kubeadm.Kubeadm} (the settings of
 * {@code cluster.kubeadm(k -> ...)} and the documents derived from them and the nodes), and the typed
 * {@code kubeadm.k8s.io/v1beta4}, {@code kubelet.config.k8s.io/v1beta1} and
 * {@code kubeproxy.config.k8s.io/v1alpha1} documents, generated from {@code dsl/src/codegen/config-api.yaml}.
 * Part of the model layer: depends on the host model, {@code check}'s paths and scopes, secrets and
 * fabric8's core types; never on {@code render} or {@code output}.
 */
package dev.kubeforge.kubeadm;
