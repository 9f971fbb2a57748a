package com.example;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.secret.SecretValue;

/** A cluster with one Secret from the environment and one from settings.xml. */
public final class Vault implements ClusterDefinition {

  @Override
  public Cluster define() {
    var cluster = Cluster.named("vault");
    cluster.namespace("db").secret("credentials")
        .entry("password", SecretValue.fromEnv("KUBE_IT_DB_PASSWORD"))
        .entry("registry-token", SecretValue.fromMavenSettings("kube-it-registry"));
    return cluster.build();
  }
}
