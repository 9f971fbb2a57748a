/**
 * The clusters our users started from, written in Kubeforge: {@link dev.kubeforge.examples.Production}
 * (seeds 000 and 001), {@link dev.kubeforge.examples.AzureCoreOs} (seed 002),
 * {@link dev.kubeforge.examples.KubeadmCluster} (seed 003) and {@link dev.kubeforge.examples.Lab} (seed 004). The package-private classes beside them hold the parts
 * of a cluster that read better on their own (the ingress controller, storage, logging, monitoring, the
 * dashboard). Their output is the repository's {@code generated/}; the configuration files they put into
 * ConfigMaps are resources under {@code src/main/resources/production/}.
 *
 * <p>Depends on the Kubeforge DSL only; fabric8 objects appear where the DSL has no construct yet, each
 * with a comment that says so.
 */
package dev.kubeforge.examples;
