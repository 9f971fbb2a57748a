/**
 * The renderers: one per output format, each a pure function from the model to files in a
 * {@link dev.kubeforge.output.FileTree}. Writers (YAML, INI, Markdown) and the fabric8 tree walkers are
 * package-private.
 *
 * <p>Reads the model ({@code cluster} and the layers below it) and writes {@code output}; depends on
 * nothing above it.
 */
package dev.kubeforge.render;
