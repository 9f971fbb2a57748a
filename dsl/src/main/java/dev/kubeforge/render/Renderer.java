package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;

/**
 * One output format: a pure function from a built cluster (its plan included) and the generation's
 * already-read secret values to files. A renderer reads only the model and its context, never another
 * renderer's files; it raises no problem (the checks found them before rendering started) and reads no
 * secret (they were read before, into {@link RenderContext#secrets()}).
 */
@FunctionalInterface
public interface Renderer {

  /** Adds this format's files of {@code cluster} to {@code context}'s trees. */
  void render(Cluster cluster, RenderContext context);
}
