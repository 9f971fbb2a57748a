package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * HTTP(S) routing from host names and paths to typed Service ports, with TLS and basic auth, served by
 * an explicit {@link IngressController}. Expands to a {@code networking.k8s.io/v1} Ingress (ingress-nginx,
 * Traefik, plus a Traefik {@code Middleware} for basic auth) or to a Gateway and HTTPRoutes (Gateway
 * API); generated Secrets (htpasswd, TLS from PEM) go to the secrets output.
 *
 * <pre>{@code
 * system.ingress("dashboard")
 *     .host("kube-master.example.com", "/", dashboard.service().port("http"))
 *     .tls(TlsCertificate.fromSecret("kube-master-secret"))
 *     .basicAuth("admin", SecretValue.fromEnv("DASHBOARD_PASSWORD"));
 * }</pre>
 *
 * @param path where the Ingress was declared
 * @param namespace the namespace of the Ingress, of its backends and of its Secrets
 * @param name the Ingress's name, which generated objects derive their names from
 * @param controller the controller that serves it
 * @param rules the routing rules, in declaration order
 * @param tls the TLS entries, each with its hosts, in declaration order
 * @param basicAuth basic auth in front of every rule, or {@code null}
 * @param addBaseUrl the value of ingress-nginx's removed {@code add-base-url} annotation, or {@code null}
 * @param annotations extra annotations on the Ingress (or HTTPRoutes), sorted
 * @param labels labels on every generated object, sorted
 * @param customized whether {@code customize(..)} lambdas change the Ingress object
 */
public record Ingress(
    ObjectPath path,
    String namespace,
    String name,
    IngressController controller,
    List<Rule> rules,
    List<Tls> tls,
    BasicAuth basicAuth,
    String addBaseUrl,
    SortedMap<String, String> annotations,
    SortedMap<String, String> labels,
    boolean customized) {

  private static final Pattern WILDCARD_HOST = Pattern.compile("\\*\\.(.+)");

  public Ingress {
    requireNonNull(path, "path");
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    requireNonNull(controller, "controller");
    rules = List.copyOf(rules);
    tls = List.copyOf(tls);
    annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * One routing rule: requests for {@code host} whose path matches {@code path} go to {@code backend}.
   *
   * @param host the host name, or a wildcard such as {@code *.example.com}
   * @param path the path, starting with '/'
   * @param pathType how the path matches
   * @param backend the Service port the requests go to
   */
  public record Rule(String host, String path, PathType pathType, ServicePort backend) {

    public Rule {
      requireHost(host);
      requireNonNull(path, "path");
      requireNonNull(pathType, "pathType");
      requireNonNull(backend, "backend");
      if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
        throw new IllegalArgumentException("an ingress path starts with '/' and has no spaces: '" + path + "'");
      }
    }
  }

  /**
   * A certificate and the hosts it serves.
   *
   * @param hosts the host names, as they appear in rules
   * @param certificate where the certificate and key come from
   */
  public record Tls(List<String> hosts, TlsCertificate certificate) {

    public Tls {
      hosts = List.copyOf(hosts);
      requireNonNull(certificate, "certificate");
      hosts.forEach(Ingress::requireHost);
    }
  }

  /** The name of the htpasswd Secret generated for basic auth. */
  public String basicAuthSecretName() {
    return name + "-basic-auth";
  }

  /** The name of the Secret generated for TLS entry {@code index} when its certificate comes from PEM values. */
  public String tlsSecretName(int index) {
    return index == 0 ? name + "-tls" : name + "-tls-" + (index + 1);
  }

  /** The name of the TLS Secret entry {@code index} uses: the existing one, or the generated one. */
  public String tlsSecret(int index) {
    var certificate = tls.get(index).certificate();
    return certificate instanceof TlsCertificate.FromSecret existing ? existing.secretName() : tlsSecretName(index);
  }

  /** The distinct hosts of the rules, in order of first appearance. */
  public List<String> hosts() {
    var hosts = new LinkedHashSet<String>();
    rules.forEach(rule -> hosts.add(rule.host()));
    return List.copyOf(hosts);
  }

  /**
   * The Secrets the Ingress needs generated: an htpasswd Secret for basic auth (key {@code auth} for
   * ingress-nginx, {@code users} for Traefik; none for Gateway API, which cannot use it) and a TLS Secret
   * per TLS entry whose certificate comes from PEM values.
   */
  public List<Secret> secrets() {
    var secrets = new ArrayList<Secret>();
    if (basicAuth != null && !(controller instanceof IngressController.GatewayApi)) {
      var key = controller instanceof IngressController.Traefik ? "users" : "auth";
      var secretName = basicAuthSecretName();
      secrets.add(new Secret(path.child("secret", secretName), namespace, secretName, SecretType.OPAQUE,
          new TreeMap<>(Map.of(key, new SecretContent.Htpasswd(
              new TreeMap<>(Map.of(basicAuth.user(), basicAuth.password())), basicAuth.cost()))),
          labels));
    }
    for (int i = 0; i < tls.size(); i++) {
      if (tls.get(i).certificate() instanceof TlsCertificate.FromPem pem) {
        var secretName = tlsSecretName(i);
        var data = new TreeMap<String, SecretContent>();
        data.put(Secret.TLS_CERTIFICATE, new SecretContent.Value(pem.certificate()));
        data.put(Secret.TLS_PRIVATE_KEY, new SecretContent.Value(pem.privateKey()));
        secrets.add(new Secret(path.child("secret", secretName), namespace, secretName, SecretType.TLS, data, labels));
      }
    }
    return secrets;
  }

  /**
   * What the Ingress asks for that its controller cannot express; each becomes a
   * {@code controller-unsupported} problem.
   */
  public List<Unsupported> unsupported() {
    var found = new ArrayList<Unsupported>();
    if (addBaseUrl != null) {
      found.add(new Unsupported("add-base-url", controllerName() + " has no add-base-url: ingress-nginx removed the "
              + "annotation in 0.22.0 and other controllers never had it, so the app's links would break",
          "serve the app under its base path itself (Kibana: server.basePath) and route that path"));
    }
    if (controller instanceof IngressController.GatewayApi) {
      if (basicAuth != null) {
        found.add(new Unsupported("basic auth", "Gateway API has no standard basic auth; the routes would be open",
            "use IngressController.traefik() or nginx(), or add your implementation's auth policy as is and "
                + "allow(\"controller-unsupported\", reason)"));
      }
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).pathType() == PathType.IMPLEMENTATION_SPECIFIC) {
          found.add(new Unsupported("rule " + i, "Gateway API has no ImplementationSpecific path type",
              "use PathType.PREFIX or PathType.EXACT"));
        }
      }
      if (customized) {
        found.add(new Unsupported("customize", "customize(..) changes the Ingress object, which Gateway API "
            + "does not generate", "add your changes to the Gateway or HTTPRoute with namespace.add(..)"));
      }
    }
    return found;
  }

  private String controllerName() {
    if (controller instanceof IngressController.IngressNginx) {
      return "ingress-nginx";
    }
    return controller instanceof IngressController.Traefik ? "Traefik" : "Gateway API";
  }

  /**
   * A feature the controller cannot express.
   *
   * @param field the part of the Ingress, appended to its path
   * @param message what cannot be expressed and what would happen
   * @param hint how to fix it
   */
  public record Unsupported(String field, String message, String hint) {}

  static String requireHost(String host) {
    requireNonNull(host, "host");
    var matcher = WILDCARD_HOST.matcher(host);
    var domain = matcher.matches() ? matcher.group(1) : host;
    if (domain.length() > 253 || !Names.isDns1123Subdomain(domain)) {
      throw new IllegalArgumentException("not a host name: '" + host
          + "' (a DNS-1123 subdomain such as kube-master.example.com, or a wildcard such as *.example.com)");
    }
    return host;
  }

  /** Builds an {@link Ingress}; obtained from {@code namespace.ingress("name")}. */
  public static final class Builder extends ConstructBuilder<Builder> {
    private IngressController controller = IngressController.nginx();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Tls> tls = new ArrayList<>();
    private BasicAuth basicAuth;
    private String addBaseUrl;
    private final TreeMap<String, String> annotations = new TreeMap<>();
    private final Customizers<IngressBuilder> customizers;

    Builder(Scope parent, String namespace, String name) {
      super(parent, "ingress", namespace, Names.requireDns1123Label("ingress name", name));
      this.customizers = new Customizers<>(scope());
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the controller that serves this Ingress. Defaults to {@link IngressController#nginx()}.
     * Replaces any previous value.
     */
    public Builder controller(IngressController controller) {
      scope().ensureMutable();
      this.controller = requireNonNull(controller, "controller");
      return this;
    }

    /**
     * Adds a rule: requests for {@code host} under {@code path} ({@code pathType: Prefix}) go to
     * {@code backend}. Maps to {@code spec.rules[].http.paths[]}; rules of one host are grouped in the
     * order they were added.
     *
     * @see <a href="https://kubernetes.io/docs/concepts/services-networking/ingress/">Ingress</a>
     */
    public Builder host(String host, String path, ServicePort backend) {
      return host(host, path, PathType.PREFIX, backend);
    }

    /** Adds a rule with an explicit {@code pathType}, like {@link #host(String, String, ServicePort)}. */
    public Builder host(String host, String path, PathType pathType, ServicePort backend) {
      scope().ensureMutable();
      requireNonNull(backend, "backend");
      if (!backend.namespace().equals(namespace())) {
        throw new IllegalArgumentException("ingress " + name() + " in namespace " + namespace()
            + " cannot route to service " + backend.service() + " in namespace " + backend.namespace()
            + " (Ingress backends are in the Ingress's namespace)");
      }
      rules.add(new Rule(host, path, pathType, backend));
      return this;
    }

    /**
     * Adds a TLS entry serving every host of this Ingress's rules with {@code certificate}. Maps to
     * {@code spec.tls[]} (an HTTPS listener per host with Gateway API).
     */
    public Builder tls(TlsCertificate certificate) {
      scope().ensureMutable();
      tls.add(new Tls(List.of(), requireNonNull(certificate, "certificate")));
      return this;
    }

    /** Adds a TLS entry serving the given hosts with {@code certificate}. */
    public Builder tls(TlsCertificate certificate, String... hosts) {
      scope().ensureMutable();
      if (hosts.length == 0) {
        throw new IllegalArgumentException("tls(certificate, hosts...) needs at least one host; "
            + "tls(certificate) serves every host of the Ingress");
      }
      tls.add(new Tls(Arrays.asList(hosts), requireNonNull(certificate, "certificate")));
      return this;
    }

    /**
     * Puts HTTP basic auth in front of every rule: {@code user} with the password from
     * {@code password}, bcrypt-hashed into the htpasswd Secret {@code <ingress>-basic-auth} in the
     * secrets output. Realm {@value BasicAuth#DEFAULT_REALM}. May be set once.
     */
    public Builder basicAuth(String user, SecretValue password) {
      return basicAuth(BasicAuth.of(user, password));
    }

    /** Puts HTTP basic auth in front of every rule, with its realm. May be set once. */
    public Builder basicAuth(BasicAuth basicAuth) {
      scope().ensureMutable();
      requireNonNull(basicAuth, "basicAuth");
      if (this.basicAuth != null) {
        throw new IllegalStateException("ingress " + name() + " already has basic auth for user " + this.basicAuth.user());
      }
      this.basicAuth = basicAuth;
      return this;
    }

    /**
     * Sets the base URL of ingress-nginx's {@code add-base-url} annotation, as the seed writes it. No
     * current controller reads it (ingress-nginx removed it in 0.22.0), so the build reports
     * {@code controller-unsupported}; allowing that problem writes the annotation anyway, for a controller
     * fork that still reads it. Not set by default. Replaces.
     */
    public Builder baseUrl(String baseUrl) {
      scope().ensureMutable();
      this.addBaseUrl = requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Adds an annotation to the Ingress (to each HTTPRoute with Gateway API), for controller options
     * Kubeforge does not model. Replaces an annotation of the same key.
     */
    public Builder annotation(String key, String value) {
      scope().ensureMutable();
      annotations.put(Names.requireQualifiedName("annotation key", key), Names.requireText("annotation value", value));
      return this;
    }

    /** Adds a label to every object generated for this Ingress. Replaces a label of the same key. */
    @Override
    public Builder label(String key, String value) {
      return super.label(key, value);
    }

    /**
     * Changes the expanded {@code networking.k8s.io/v1} Ingress with fabric8's builder, after expansion
     * and before checks. Gateway API generates no Ingress, so there it is a {@code controller-unsupported}
     * problem.
     */
    public Builder customize(Consumer<IngressBuilder> customizer) {
      customizers.add(customizer);
      return this;
    }

    Ingress build() {
      var hosts = new LinkedHashSet<String>();
      rules.forEach(rule -> hosts.add(rule.host()));
      var entries = new ArrayList<Tls>(tls.size());
      for (Tls entry : tls) {
        entries.add(entry.hosts().isEmpty() ? new Tls(List.copyOf(hosts), entry.certificate()) : entry);
      }
      return new Ingress(scope().path(), namespace(), name(), controller, rules, entries, basicAuth, addBaseUrl,
          annotations, labels(), !customizers.isEmpty());
    }

    List<KubeObject> expand(Ingress ingress) {
      var objects = new ArrayList<KubeObject>();
      for (var resource : IngressObjects.of(ingress, customizers)) {
        objects.add(new KubeObject(scope().path(), resource));
      }
      return objects;
    }
  }
}
