package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A permission of a Role or ClusterRole: verbs on resources of API groups, or on non-resource URLs.
 * Maps to an entry of {@code rules[]}. Kubernetes grants every verb on every listed resource of every
 * listed group.
 *
 * <pre>{@code Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on(Rule.CORE, "pods", "pods/log")}</pre>
 *
 * @param verbs the verbs granted
 * @param apiGroups the API groups ({@code ""} for the core group)
 * @param resources the resources, such as {@code pods} or {@code deployments/scale}
 * @param resourceNames the object names the rule is limited to; empty for every object
 * @param nonResourceUrls URL paths such as {@code /healthz}, for ClusterRoles only
 */
public record Rule(List<Verb> verbs, List<String> apiGroups, List<String> resources, List<String> resourceNames,
    List<String> nonResourceUrls) {

  /** The core API group ({@code ""}): pods, services, configmaps, secrets, ... */
  public static final String CORE = "";

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public Rule {
    verbs = List.copyOf(verbs);
    apiGroups = List.copyOf(apiGroups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    nonResourceUrls = List.copyOf(nonResourceUrls);
    if (verbs.isEmpty()) {
      throw new IllegalArgumentException("a rule grants at least one verb");
    }
  }

  /** A rule granting these verbs; say on what with {@link #on} or {@link #urls}. */
  public static Rule allow(Verb... verbs) {
    return new Rule(List.of(verbs), List.of(), List.of(), List.of(), List.of());
  }

  /** Returns a copy that also covers {@code resources} of {@code apiGroup} ({@link #CORE} for the core group). */
  public Rule on(String apiGroup, String... resources) {
    requireNonNull(apiGroup, "apiGroup");
    if (resources.length == 0) {
      throw new IllegalArgumentException("on(\"" + apiGroup + "\", ..) needs at least one resource");
    }
    var groups = new ArrayList<>(apiGroups);
    if (!groups.contains(apiGroup)) {
      groups.add(apiGroup);
    }
    var all = new ArrayList<>(this.resources);
    for (String resource : resources) {
      if (requireNonNull(resource, "resource").isEmpty() || resource.contains(" ")) {
        throw new IllegalArgumentException("not a resource name: '" + resource + "'");
      }
      all.add(resource);
    }
    return new Rule(verbs, groups, all, resourceNames, nonResourceUrls);
  }

  /** Returns a copy limited to the objects of these names ({@code resourceNames}). */
  public Rule named(String... names) {
    var all = new ArrayList<>(resourceNames);
    all.addAll(List.of(names));
    return new Rule(verbs, apiGroups, resources, all, nonResourceUrls);
  }

  /** Returns a copy that also covers these non-resource URL paths, such as {@code /metrics}; ClusterRoles only. */
  public Rule urls(String... paths) {
    var all = new ArrayList<>(nonResourceUrls);
    for (String path : paths) {
      if (!requireNonNull(path, "path").startsWith("/")) {
        throw new IllegalArgumentException("a non-resource URL starts with '/', was '" + path + "'");
      }
      all.add(path);
    }
    return new Rule(verbs, apiGroups, resources, resourceNames, all);
  }

  /** Throws unless the rule names resources, or URLs when {@code urlsAllowed}, but not both. */
  void requireComplete(boolean urlsAllowed) {
    if (resources.isEmpty() == nonResourceUrls.isEmpty()) {
      throw new IllegalArgumentException("a rule covers either resources (.on(group, resources..)) or URLs (.urls(..)),"
          + " was " + this);
    }
    if (!nonResourceUrls.isEmpty() && !urlsAllowed) {
      throw new IllegalArgumentException("non-resource URLs can only be granted by a ClusterRole, was " + this);
    }
  }

  PolicyRule expand() {
    var rule = new PolicyRule();
    var verbNames = new ArrayList<String>(verbs.size());
    verbs.forEach(v -> verbNames.add(v.value()));
    rule.setVerbs(verbNames);
    rule.setApiGroups(new ArrayList<>(apiGroups));
    rule.setResources(new ArrayList<>(resources));
    rule.setResourceNames(new ArrayList<>(resourceNames));
    rule.setNonResourceURLs(new ArrayList<>(nonResourceUrls));
    return rule;
  }
}
