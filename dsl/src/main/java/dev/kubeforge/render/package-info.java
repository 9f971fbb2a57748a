/**
 * The renderers: one per output format, each a {@link dev.kubeforge.render.Renderer}, a pure function from
 * the built cluster (its planned node setups and host files included) and the secret values read before
 * rendering to files in the {@link dev.kubeforge.output.FileTree}s of a
 * {@link dev.kubeforge.render.RenderContext}. No renderer reads another's files or raises a problem.
 * Writers (YAML, INI, Markdown) and the fabric8 tree walkers are package-private.
 *
 * <p>Reads the model ({@code cluster} and the layers below it) and writes {@code output}; depends on
 * nothing above it, {@code check} included.
 */
package dev.kubeforge.render;
