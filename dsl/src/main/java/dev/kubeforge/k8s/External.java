package dev.kubeforge.k8s;

/**
 * An object of a namespace that Kubeforge does not create but the definition uses: it exists by other
 * means (a Helm chart, an operator, {@code kubectl}). Declared once with {@code namespace.external(..)},
 * which returns typed references to it; the checks then know it exists ({@code dangling-backend},
 * {@code dangling-config-reference}), so references to it are not reported while a misspelt name still
 * is. Nothing is written for it.
 */
public sealed interface External permits ExternalService, ExternalSecret, ExternalConfigMap, ExternalClaim {

  /** The object's {@code metadata.name}. */
  String name();

  /** The object's kind, as messages name it: {@code Service}, {@code Secret}, ... */
  String kind();
}
