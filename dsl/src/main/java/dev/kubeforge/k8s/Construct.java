package dev.kubeforge.k8s;

import java.util.List;

/** A construct of a namespace or of the cluster: expands into its Kubernetes objects when the cluster is built. */
interface Construct {

  /** The construct's objects, customized, each with its path. */
  List<KubeObject> expand();
}
