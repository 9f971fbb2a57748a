package dev.kubeforge.k8s;

/**
 * Where an environment variable's value comes from when it is not a literal: a field of the pod
 * ({@link FieldRef}) or a key of a ConfigMap or Secret ({@link KeyRef}). Maps to {@code env[].valueFrom}.
 */
public sealed interface EnvSource permits FieldRef, KeyRef {}
