/**
 * The build-time generators of dsl sources: {@link dev.kubeforge.codegen.TreesGenerator} (the fabric8
 * walkers of {@code dev.kubeforge.render}, run at dsl's {@code generate-sources}) and
 * {@link dev.kubeforge.codegen.ConfigApiGenerator} (the committed {@code dev.kubeforge.kubeadm.config}
 * classes). Depends on JavaPoet, fabric8's model, Jackson and SnakeYAML Engine, never on dsl: the generated
 * code names dsl's types only as JavaPoet {@code ClassName}s, so dsl can be built after this module.
 */
package dev.kubeforge.codegen;
