/**
 * The host layer: what a node is set up with before Kubernetes runs on it. systemd units, slices and
 * drop-ins ({@link dev.kubeforge.host.SystemdUnit}, {@link dev.kubeforge.host.DropIn}), Docker's
 * {@code daemon.json}, containerd's {@code config.toml}, journald, kernel parameters and modules, grouped
 * into {@link dev.kubeforge.host.HostProfile}s that {@link dev.kubeforge.cluster.Node}s refer to.
 *
 * <p>Everything here is an immutable value whose option methods return copies. A model layer: depends on
 * {@code core} (the shared units {@code Size} and {@code Percent}, IP addresses, name rules) only, never on
 * another model layer or on Jackson (escape hatches take {@link dev.kubeforge.host.OptionValue}s);
 * {@code render} turns it into files and {@code check} reads it.
 */
package dev.kubeforge.host;
