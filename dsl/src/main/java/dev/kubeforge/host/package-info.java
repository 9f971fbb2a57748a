/**
 * The host layer: what a node is set up with before Kubernetes runs on it. systemd units, slices and
 * drop-ins ({@link dev.kubeforge.host.SystemdUnit}, {@link dev.kubeforge.host.DropIn}), Docker's
 * {@code daemon.json}, containerd's {@code config.toml}, journald, kernel parameters and modules, grouped
 * into {@link dev.kubeforge.host.HostProfile}s that {@link dev.kubeforge.cluster.Node}s refer to.
 *
 * <p>Everything here is an immutable value. A model layer: depends on
 * {@code core} (the shared units {@code Size} and {@code Percent}, IP addresses, name rules) only, never on
 * another model layer or on Jackson (escape hatches take {@link dev.kubeforge.host.OptionValue}s);
 * {@code render} turns it into files and {@code check} reads it.
 *
 * <p>Values and builders follow the one rule written in {@code dev.kubeforge.cluster}'s package
 * documentation (and {@code docs/ARCHITECTURE.md}).
 *
 * <p>Here: units, slices, drop-ins, {@code DockerDaemon}, {@code Containerd} (with its {@code Registry}
 * and {@code RegistryHost} {@code hosts.toml} values), {@code Journald}, {@code Kubelet}, {@code CriDockerd},
 * sysctls and kernel modules are values; {@link dev.kubeforge.host.HostProfile} gathers them
 * and is complete at creation ({@code HostProfile.named("worker", p -> p.docker(..))}).
 */
package dev.kubeforge.host;
