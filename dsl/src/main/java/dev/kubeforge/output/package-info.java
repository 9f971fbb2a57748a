/**
 * The output layer: the {@link dev.kubeforge.output.FileTree} the renderers produce and its consumers,
 * {@link dev.kubeforge.output.FileTreeWriter} ({@code generate}: owned files only, atomic, locked) and
 * {@link dev.kubeforge.output.FileTreeDiff} ({@code check}, {@code diff} and golden tests).
 *
 * <p>Knows bytes and '/'-separated paths, no formats. Depends on the JDK and java-diff-utils only;
 * nothing else in Kubeforge (the renderers depend on it, never the other way).
 */
package dev.kubeforge.output;
