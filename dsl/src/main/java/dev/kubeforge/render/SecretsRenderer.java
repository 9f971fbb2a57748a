package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import dev.kubeforge.k8s.SecretContent;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretResolver.SecretUnavailableException;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a cluster's Secrets, in two halves that never meet:
 *
 * <ul>
 *   <li>{@link #list}: the reviewable {@code <cluster>/kubernetes/secrets.md}, which names every Secret,
 *       key and source that must be supplied, and how to apply them. It depends on the definition only,
 *       never on a value, so it is the same on a laptop with secrets and in CI without them.
 *   <li>{@link #render}: the secrets output, {@code <cluster>/kubernetes/<namespace>/secret-<name>.yaml}
 *       with the resolved values, the Namespace objects those Secrets live in, and a
 *       {@code kustomization.yaml} over both, so it applies on its own before the reviewable tree.
 * </ul>
 */
public final class SecretsRenderer {

  private static final String LIST = "kubernetes/secrets.md";

  private final String source;

  /** A renderer whose files name {@code source} (the definition class) in their header. */
  public SecretsRenderer(String source) {
    this.source = source;
  }

  /** Writes {@code <cluster>/kubernetes/secrets.md} into the reviewable tree when the cluster has Secrets. */
  public void list(Cluster cluster, FileTree.Builder reviewable) {
    var secrets = secrets(cluster);
    if (secrets.isEmpty()) {
      return;
    }
    var out = new StringBuilder(1024).append(Headers.markdown(source));
    out.append("# Secrets of cluster ").append(cluster.name()).append("\n\n");
    out.append("These Secrets are not in this directory and hold no value here. Kubeforge writes them, with\n")
        .append("their values, to the secrets output (git-ignored; `target/kubeforge-secrets/` by default), from\n")
        .append("the sources below, which must be available when generating.\n\n");
    out.append("| Secret | Type | Key | Content |\n|---|---|---|---|\n");
    var sources = new LinkedHashSet<String>();
    for (Secret secret : secrets) {
      secret.data().forEach((key, content) -> {
        out.append("| ").append(cell(secret.namespace() + "/" + secret.name()))
            .append(" | ").append(cell(secret.type().value()))
            .append(" | ").append(cell(key))
            .append(" | ").append(content.describe().replace("|", "\\|")).append(" |\n");
        content.sources().forEach(value -> sources.add(value.source()));
      });
    }
    out.append("\n## Sources to supply\n\n");
    sources.forEach(s -> out.append("- ").append(s).append('\n'));
    out.append("\n## Applying\n\n")
        .append("Apply the Secrets first (their kustomization also creates their namespaces), then this tree:\n\n")
        .append("```\n")
        .append("kubectl apply -k <secrets output>/").append(cluster.name()).append("/kubernetes\n")
        .append("kubectl apply -k <this directory>/").append(cluster.name()).append("/kubernetes\n")
        .append("```\n");
    reviewable.add(cluster.name() + "/" + LIST, out.toString());
  }

  /**
   * Resolves every Secret's sources and writes the Secrets whose sources are all available into the
   * secrets tree. Returns a {@code secret-unavailable} warning for each source that is not; a Secret
   * with such a source is left out whole (a Secret with a placeholder would be applied as if real).
   */
  public List<Problem> render(Cluster cluster, SecretResolver resolver, FileTree.Builder secretsTree) {
    var problems = new ArrayList<Problem>();
    var rendered = new ArrayList<KubeObject>();
    var namespaces = new LinkedHashSet<String>();
    var cache = new HashMap<SecretValue, byte[]>();
    for (Secret secret : secrets(cluster)) {
      var data = new TreeMap<String, String>();
      int before = problems.size();
      secret.data().forEach((key, content) -> {
        var value = value(secret, key, content, resolver, cache, problems);
        if (value != null) {
          data.put(key, Base64.getEncoder().encodeToString(value));
        }
      });
      if (problems.size() == before) {
        rendered.add(KubeObject.of(secret.path(), toSecret(secret, data)));
        namespaces.add(secret.namespace());
      }
    }
    if (!rendered.isEmpty()) {
      var objects = new ArrayList<KubeObject>();
      for (Namespace namespace : cluster.namespaces()) {
        if (namespaces.contains(namespace.name())) {
          namespace.objects().stream()
              .filter(o -> o.kind().equals("Namespace") && o.name().equals(namespace.name()))
              .findFirst()
              .ifPresent(objects::add);
        }
      }
      objects.addAll(rendered);
      KubernetesYamlRenderer.renderObjects(Headers.secretYaml(source), cluster.name() + "/kubernetes/", objects,
          secretsTree);
    }
    return problems;
  }

  private static List<Secret> secrets(Cluster cluster) {
    var secrets = new ArrayList<Secret>();
    cluster.namespaces().forEach(namespace -> secrets.addAll(namespace.secrets()));
    return secrets;
  }

  /** The key's bytes, or {@code null} after adding a problem for each source that is unavailable. */
  private static byte[] value(Secret secret, String key, SecretContent content, SecretResolver resolver,
      Map<SecretValue, byte[]> cache, List<Problem> problems) {
    var resolved = new HashMap<SecretValue, byte[]>();
    var reasons = new LinkedHashSet<String>();
    for (SecretValue value : content.sources()) {
      try {
        byte[] bytes = cache.get(value);
        if (bytes == null) {
          bytes = resolver.resolve(value);
          cache.put(value, bytes);
        }
        resolved.put(value, bytes);
      } catch (SecretUnavailableException e) {
        reasons.add(e.getMessage());
      }
    }
    if (!reasons.isEmpty()) {
      reasons.forEach(reason -> problems.add(unavailable(secret, key, reason)));
      return null;
    }
    if (content instanceof SecretContent.Value plain) {
      return resolved.get(plain.value());
    }
    if (content instanceof SecretContent.Htpasswd htpasswd) {
      var file = new StringBuilder();
      for (var user : htpasswd.users().entrySet()) {
        var password = withoutLineEnd(resolved.get(user.getValue()));
        try {
          file.append(Htpasswd.line(user.getKey(), password, secret.saltContext(key), htpasswd.cost())).append('\n');
        } catch (IllegalArgumentException e) {
          problems.add(unavailable(secret, key, "the password of user " + user.getKey() + " from "
              + user.getValue().source() + " has " + password.length + " bytes; bcrypt hashes at most 71"));
          return null;
        } finally {
          Arrays.fill(password, (byte) 0);
        }
      }
      return file.toString().getBytes(StandardCharsets.UTF_8);
    }
    var dockerConfig = (SecretContent.DockerConfig) content; // the last variant of the sealed interface
    return dockerConfigJson(dockerConfig, resolved);
  }

  private static byte[] dockerConfigJson(SecretContent.DockerConfig config, Map<SecretValue, byte[]> resolved) {
    var mapper = JsonMapper.builder().build();
    var root = mapper.createObjectNode();
    var auths = root.putObject("auths");
    config.logins().forEach((registry, login) -> {
      var username = new String(withoutLineEnd(resolved.get(login.username())), StandardCharsets.UTF_8);
      var password = new String(withoutLineEnd(resolved.get(login.password())), StandardCharsets.UTF_8);
      var entry = auths.putObject(registry);
      entry.put("auth", Base64.getEncoder().encodeToString(
          (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
      entry.put("password", password);
      entry.put("username", username);
    });
    return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  /** Text credentials read from files usually end with a line end that is not part of them. */
  private static byte[] withoutLineEnd(byte[] value) {
    int end = value.length;
    if (end > 0 && value[end - 1] == '\n') {
      end--;
      if (end > 0 && value[end - 1] == '\r') {
        end--;
      }
    }
    return Arrays.copyOf(value, end);
  }

  private static Problem unavailable(Secret secret, String key, String reason) {
    return Problem.warning(Checks.SECRET_UNAVAILABLE, secret.path().field("key " + key),
            reason + "; Secret " + secret.name() + " is left out of the secrets output")
        .hint("supply the source before generating, or allow(\"" + Checks.SECRET_UNAVAILABLE
            + "\", reason) where the Secret is created another way");
  }

  private static io.fabric8.kubernetes.api.model.Secret toSecret(Secret secret, Map<String, String> data) {
    var metadata = new ObjectMeta();
    metadata.setName(secret.name());
    metadata.setNamespace(secret.namespace());
    if (!secret.labels().isEmpty()) {
      metadata.setLabels(new TreeMap<>(secret.labels()));
    }
    var result = new io.fabric8.kubernetes.api.model.Secret();
    result.setMetadata(metadata);
    result.setType(secret.type().value());
    result.setData(new TreeMap<>(data));
    return result;
  }

  private static String cell(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }
}
