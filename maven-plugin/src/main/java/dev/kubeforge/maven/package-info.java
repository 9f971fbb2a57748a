/**
 * The Maven goals {@code kube:generate}, {@code kube:check} and {@code kube:diff}: adapters that read
 * Maven parameters, load the project's cluster definitions, call {@code dev.kubeforge.Kubeforge} and
 * {@code dev.kubeforge.output}, and turn problems into log lines and build failures. No generation
 * logic lives here; the only dependency besides Maven's API is the {@code dsl} library.
 */
package dev.kubeforge.maven;
