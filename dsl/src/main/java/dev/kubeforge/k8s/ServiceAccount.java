package dev.kubeforge.k8s;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.List;

/**
 * An identity for pods and for tokens, such as the dashboard's {@code admin-user}. Created with
 * {@code namespace.serviceAccount("name")}; pods run under it with {@code .serviceAccount(account.ref())},
 * and bindings grant it roles with {@code .serviceAccount(account.ref())}.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/security/service-accounts/">Service accounts</a>
 */
public final class ServiceAccount {

  private ServiceAccount() {}

  /** Builds a service account; obtained from {@code namespace.serviceAccount("name")}. */
  public static final class Builder extends ObjectSettings<Builder, ServiceAccountBuilder> {

    private boolean automountToken = true;

    Builder(Scope parent, String namespace, String name) {
      super(parent, "serviceAccount", namespace, name);
    }

    @Override
    Builder self() {
      return this;
    }

    /** A typed reference to the account, for pods to run under and for bindings to grant roles to. */
    public ServiceAccountRef ref() {
      return new ServiceAccountRef(namespace(), name());
    }

    /**
     * Stops mounting the account's API token into pods by default ({@code automountServiceAccountToken:
     * false}), for pods that never call the API. Defaults to true (written out).
     */
    public Builder noTokenAutomount() {
      scope().ensureMutable();
      this.automountToken = false;
      return this;
    }

    List<KubeObject> expand() {
      var account = new io.fabric8.kubernetes.api.model.ServiceAccount();
      account.setMetadata(metadata());
      account.setAutomountServiceAccountToken(automountToken);
      return List.of(object(account, ServiceAccountBuilder::new, ServiceAccountBuilder::build));
    }
  }
}
