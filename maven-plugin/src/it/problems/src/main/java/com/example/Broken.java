package com.example;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

/** Two objects added as is, each wrong in its own way; both must be reported, with their paths. */
public final class Broken extends Defaults {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("broken");
    var web = cluster.namespace(NAMESPACE);
    web.add(new ConfigMapBuilder()
        .withNewMetadata().withName("Site_Config").endMetadata()
        .addToData("greeting", "hello")
        .build());
    web.add(new ServiceBuilder()
        .withNewMetadata().withName("orphan").endMetadata()
        .withNewSpec().addToSelector("app", "gone").endSpec()
        .build());
    return cluster.build();
  }
}
