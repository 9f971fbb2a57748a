package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition on a node's label, for node affinity. Maps to a {@code matchExpressions[]} entry of a
 * node selector term.
 *
 * @param key the label key
 * @param operator {@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}, {@code Gt} or {@code Lt}
 * @param values the values the operator compares with; empty for {@code Exists} and {@code DoesNotExist}
 */
public record NodeRule(String key, String operator, List<String> values) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public NodeRule {
    Names.requireLabelKey(key);
    requireNonNull(operator, "operator");
    values = List.copyOf(values);
    boolean needsValues = switch (operator) {
      case "In", "NotIn", "Gt", "Lt" -> true;
      case "Exists", "DoesNotExist" -> false;
      default -> throw new IllegalArgumentException("not a node selector operator: '" + operator + "'");
    };
    if (needsValues == values.isEmpty()) {
      throw new IllegalArgumentException(operator + " on node label " + key
          + (needsValues ? " needs at least one value" : " takes no value") + ", was " + values);
    }
  }

  /** The node's label {@code key} has one of {@code values}. */
  public static NodeRule in(String key, String... values) {
    return new NodeRule(key, "In", labelValues(key, values));
  }

  /** The node's label {@code key} has none of {@code values}, or the node lacks the label. */
  public static NodeRule notIn(String key, String... values) {
    return new NodeRule(key, "NotIn", labelValues(key, values));
  }

  /** The node has label {@code key}, with any value. */
  public static NodeRule exists(String key) {
    return new NodeRule(key, "Exists", List.of());
  }

  /** The node lacks label {@code key}. */
  public static NodeRule doesNotExist(String key) {
    return new NodeRule(key, "DoesNotExist", List.of());
  }

  /** The node's label {@code key} is an integer greater than {@code value}. */
  public static NodeRule greaterThan(String key, long value) {
    return new NodeRule(key, "Gt", List.of(Long.toString(value)));
  }

  /** The node's label {@code key} is an integer less than {@code value}. */
  public static NodeRule lessThan(String key, long value) {
    return new NodeRule(key, "Lt", List.of(Long.toString(value)));
  }

  NodeSelectorRequirement expand() {
    var requirement = new NodeSelectorRequirement();
    requirement.setKey(key);
    requirement.setOperator(operator);
    requirement.setValues(new ArrayList<>(values));
    return requirement;
  }

  private static List<String> labelValues(String key, String... values) {
    for (String value : values) {
      Names.requireLabelValue(key, value);
    }
    return List.of(values);
  }
}
