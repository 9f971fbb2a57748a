package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

/**
 * A static pod: a Pod manifest the kubelet reads from its manifest directory ({@code --pod-manifest-path},
 * {@code staticPodPath}) and runs without the API server, as kubeadm runs the control plane. Created
 * with {@code namespace.staticPod("name")}.
 *
 * <p>Static pods are not applied with kubectl: they are rendered to the cluster's {@code static-pods/}
 * folder, one file per pod, to be placed into the manifest directory of the nodes. The kubelet cannot
 * give them a service account, a ConfigMap or a Secret, so those are refused.
 *
 * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/">Static pods</a>
 */
public final class StaticPod {

  private StaticPod() {}

  /** Builds a static pod; obtained from {@code namespace.staticPod("name")}. */
  public static final class Builder extends PodSettings<Builder, PodBuilder> {


    Builder(Scope parent, String namespace, String name) {
      super(parent, "staticPod", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    boolean usesApiServer() {
      return false;
    }


    KubeObject expand() {
      var pod = new Pod();
      pod.setMetadata(metadata(name()));
      pod.setSpec(podSpec());
      return new KubeObject(path(), customized(pod, PodBuilder::new, PodBuilder::build));
    }
  }
}
