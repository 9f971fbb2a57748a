package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * The subjects of a RoleBinding or ClusterRoleBinding: service accounts by typed reference, users and
 * groups by the names the authenticator gives them.
 *
 * @param <B> the concrete builder
 * @param <F> the fabric8 builder of the binding
 */
abstract class BindingSettings<B extends BindingSettings<B, F>, F> extends ObjectSettings<B, F> {

  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  private final String roleKind;
  private final String roleName;
  private final List<Subject> subjects = new ArrayList<>();

  BindingSettings(Scope parent, String kind, String namespace, String name, String roleKind, String roleName) {
    super(parent, kind, namespace, name);
    this.roleKind = roleKind;
    this.roleName = roleName;
  }

  final boolean binds(String kind, String name) {
    return roleKind.equals(kind) && roleName.equals(name);
  }

  /** Grants the role to a service account ({@code subjects[]} of kind {@code ServiceAccount}). Appends. */
  public B serviceAccount(ServiceAccountRef account) {
    requireNonNull(account, "account");
    return subject("ServiceAccount", null, account.name(), account.namespace());
  }

  /** Grants the role to a user, as the authenticator names it ({@code subjects[]} of kind {@code User}). Appends. */
  public B user(String name) {
    return subject("User", RBAC_GROUP, requireName("user", name), null);
  }

  /** Grants the role to a group, such as {@code system:authenticated} ({@code subjects[]} of kind {@code Group}). Appends. */
  public B group(String name) {
    return subject("Group", RBAC_GROUP, requireName("group", name), null);
  }

  final RoleRef roleRef() {
    var ref = new RoleRef();
    ref.setApiGroup(RBAC_GROUP);
    ref.setKind(roleKind);
    ref.setName(roleName);
    return ref;
  }

  final List<Subject> subjects() {
    return new ArrayList<>(subjects);
  }

  private B subject(String kind, String apiGroup, String name, String namespace) {
    scope().ensureMutable();
    var subject = new Subject();
    subject.setKind(kind);
    subject.setApiGroup(apiGroup);
    subject.setName(name);
    subject.setNamespace(namespace);
    subjects.add(subject);
    return self();
  }

  private static String requireName(String what, String name) {
    requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " name must not be blank");
    }
    return name;
  }
}
