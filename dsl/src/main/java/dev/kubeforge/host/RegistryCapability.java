package dev.kubeforge.host;

/** What containerd may do with a registry host of a {@code hosts.toml}: its {@code capabilities} list. */
public enum RegistryCapability {
  /** {@code pull}: fetch content by digest. */
  PULL,
  /** {@code resolve}: turn a tag into a digest, which a mirror should only do when it is trusted. */
  RESOLVE,
  /** {@code push}: upload content. */
  PUSH
}
