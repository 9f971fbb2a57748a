package dev.kubeforge;

import dev.kubeforge.cluster.Cluster;

/**
 * A cluster written in Java. Implementations are public classes with a public no-argument constructor;
 * {@code mvn kube:generate} finds them among the module's compiled classes.
 *
 * <pre>{@code
 * public final class Staging implements ClusterDefinition {
 *   public Cluster define() {
 *     var cluster = Cluster.named("staging");
 *     cluster.namespace("web").app("site").image("nginx:1.27").port("http", 80);
 *     return cluster.build();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ClusterDefinition {

  /** Describes the cluster. Called once per generation; must not depend on the clock or the machine. */
  Cluster define();
}
