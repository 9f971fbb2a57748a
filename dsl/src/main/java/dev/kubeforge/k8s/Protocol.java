package dev.kubeforge.k8s;

/** The transport protocol of a port. Maps to {@code protocol}; Kubernetes defaults to TCP. */
public enum Protocol {
  /** TCP, the default. */
  TCP,
  /** UDP, such as DNS or syslog. */
  UDP,
  /** SCTP. */
  SCTP
}
