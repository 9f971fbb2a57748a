package dev.kubeforge.kubeadm.config;

/** A closed set of values of a configuration field; each constant knows how the file spells it. */
public interface ConfigEnum {

  /** The value as written in the configuration file, such as {@code ECDSA-P256}. */
  String value();
}
