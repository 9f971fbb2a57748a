package com.example;

import dev.kubeforge.ClusterDefinition;

/** Abstract, so discovery must pass it over. */
public abstract class Defaults implements ClusterDefinition {

  /** The namespace every definition here deploys to. */
  protected static final String NAMESPACE = "web";
}
