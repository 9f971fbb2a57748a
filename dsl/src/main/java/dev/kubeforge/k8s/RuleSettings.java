package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Scope;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The permissions of a Role or ClusterRole: their {@code rules[]}, which add up.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 * @param <F> the fabric8 builder of the role, for {@code customize}
 */
abstract class RuleSettings<B extends RuleSettings<B, F>, F> extends ObjectSettings<B, F> {

  private final boolean urlsAllowed;
  private final List<Rule> rules = new ArrayList<>();

  /** A Role in {@code namespace}, or a ClusterRole, which alone may grant non-resource URLs, when it is {@code null}. */
  RuleSettings(Scope parent, String kind, String namespace, String name) {
    super(parent, kind, namespace, name);
    this.urlsAllowed = namespace == null;
  }

  /**
   * Adds a permission ({@code rules[]}); rules add up. Non-resource URLs ({@code Rule.urls(..)}) belong
   * to ClusterRoles.
   */
  public B rule(Rule rule) {
    scope().ensureMutable();
    requireNonNull(rule, "rule").requireComplete(urlsAllowed);
    rules.add(rule);
    return self();
  }

  /** The rules as fabric8 {@code PolicyRule}s, in the order they were added. */
  final List<PolicyRule> policyRules() {
    var list = new ArrayList<PolicyRule>(rules.size());
    rules.forEach(rule -> list.add(rule.expand()));
    return list;
  }
}
