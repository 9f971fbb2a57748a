package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;

/**
 * An init container or a sidecar of a workload, configured in a lambda:
 * {@code app.sidecar("log-shipper", c -> c.image("fluent/fluent-bit:3.1").mount("/logs", logs))}. It
 * shares the pod's volumes, network and lifecycle. The workload's own container is configured on the
 * workload itself.
 */
public final class Container extends ContainerSettings<Container> {

  private final PodSettings<?, ?> pod;
  private final boolean restartable;

  Container(PodSettings<?, ?> pod, Scope scope, String name, boolean restartable) {
    super(scope, name);
    this.pod = pod;
    this.restartable = restartable;
  }

  @Override
  String containerRestartPolicy() {
    return restartable ? "Always" : null;
  }

  @Override
  Container self() {
    return this;
  }

  @Override
  PodSettings<?, ?> pod() {
    return pod;
  }

  @Override
  Scope allowScope() {
    return containerScope();
  }
}
