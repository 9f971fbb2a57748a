package dev.kubeforge.k8s;

/** How an Ingress path matches request paths ({@code pathType} of an Ingress path). */
public enum PathType {
  /** {@code Prefix}: the path and everything below it, element by element ({@code /api} matches {@code /api/v1}). */
  PREFIX("Prefix", "PathPrefix"),
  /** {@code Exact}: only the path itself. */
  EXACT("Exact", "Exact"),
  /** {@code ImplementationSpecific}: as the controller decides; Gateway API has no such type. */
  IMPLEMENTATION_SPECIFIC("ImplementationSpecific", null);

  private final String ingressValue;
  private final String gatewayValue;

  PathType(String ingressValue, String gatewayValue) {
    this.ingressValue = ingressValue;
    this.gatewayValue = gatewayValue;
  }

  /** The value of an Ingress path's {@code pathType}. */
  public String ingressValue() {
    return ingressValue;
  }

  /** The value of an HTTPRoute path match's {@code type}, or {@code null} where Gateway API has none. */
  public String gatewayValue() {
    return gatewayValue;
  }
}
