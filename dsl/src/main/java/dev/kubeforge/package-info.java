/**
 * The pipeline entry, on top of the package graph: a {@link dev.kubeforge.ClusterDefinition} is what a
 * user writes, and {@link dev.kubeforge.Kubeforge#generate} defines, checks and renders definitions into a
 * {@link dev.kubeforge.Generation}. Depends on every layer below; nothing depends on it.
 */
package dev.kubeforge;
