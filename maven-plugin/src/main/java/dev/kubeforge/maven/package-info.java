/**
 * The Maven goals {@code kube:generate}, {@code kube:check}, {@code kube:diff} and {@code kube:import}: adapters that read
 * Maven parameters, load the project's cluster definitions, call {@code dev.kubeforge.Kubeforge} and
 * {@code dev.kubeforge.output}, and turn problems into log lines and build failures. No generation
 * logic lives here; the importer is {@code dev.kubeforge.maven.importer}, the one place JavaPoet is used.
 */
package dev.kubeforge.maven;
