/**
 * The checks: pure functions {@code Cluster -> List<Problem>} ({@link dev.kubeforge.check.Check}), every
 * one registered in {@link dev.kubeforge.check.Checks} with a stable kebab-case id, and the
 * {@link dev.kubeforge.check.Problem}s they report with the object's path and a hint.
 *
 * <p>Reads the model ({@code cluster} and the layers below it); never depends on {@code render} or
 * {@code output}.
 */
package dev.kubeforge.check;
