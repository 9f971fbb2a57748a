/**
 * The checks: pure functions {@code Cluster -> List<Problem>} ({@link dev.kubeforge.check.Check}), every
 * one registered in {@link dev.kubeforge.check.Checks} with a stable kebab-case id, and the
 * {@link dev.kubeforge.check.Problem}s they report with the object's path and a hint. Checks read the
 * plan the cluster made at build (its host files and node setups) as they read the rest of the model, so
 * what a renderer could not write is a check's problem, found before anything is rendered. The one check
 * over all definitions of a generation, {@link dev.kubeforge.check.DuplicateClusterCheck}, runs beside
 * them in the pipeline's gate.
 *
 * <p>Reads the model ({@code cluster} and the layers below it); never depends on {@code render} or
 * {@code output}.
 */
package dev.kubeforge.check;
