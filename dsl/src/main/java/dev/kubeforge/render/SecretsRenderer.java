package dev.kubeforge.render;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Secret;
import dev.kubeforge.k8s.SecretContent;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.ResolvedSecrets;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a cluster's Secrets, in two halves that never meet:
 *
 * <ul>
 *   <li>the reviewable {@code <cluster>/kubernetes/secrets.md}, which names every Secret,
 *       key and source that must be supplied, and how to apply them. It depends on the definition only,
 *       never on a value, so it is the same on a laptop with secrets and in CI without them.
 *   <li>when the generation read secrets, the secrets output, {@code <cluster>/kubernetes/<namespace>/secret-<name>.yaml}
 *       with the resolved values, the Namespace objects those Secrets live in, and a
 *       {@code kustomization.yaml} over both, so it applies on its own before the reviewable tree. A
 *       Secret with a value that is unavailable, or a password bcrypt cannot hash, is left out whole (a
 *       Secret with a placeholder would be applied as if real); the {@code secret-unavailable} warning
 *       says so, before rendering.
 * </ul>
 */
public final class SecretsRenderer implements Renderer {

  /** The longest password, in bytes, that bcrypt hashes; a longer one leaves its Secret out. */
  public static final int MAX_PASSWORD_BYTES = Htpasswd.MAX_PASSWORD_BYTES;

  private static final String LIST = "kubernetes/secrets.md";

  /** Writes the list of Secrets to supply and, when secrets were read, the Secrets with their values. */
  @Override
  public void render(Cluster cluster, RenderContext context) {
    list(cluster, context.source(), context.files());
    if (context.secrets().isRead()) {
      values(cluster, context.source(), context.secrets(), context.secretFiles());
    }
  }

  /** Writes {@code <cluster>/kubernetes/secrets.md} into the reviewable tree when the cluster has Secrets. */
  private static void list(Cluster cluster, String source, FileTree.Builder reviewable) {
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

  /** Writes the Secrets whose values are all available into the secrets tree. */
  private static void values(Cluster cluster, String source, ResolvedSecrets resolved, FileTree.Builder secretsTree) {
    var rendered = new ArrayList<KubeObject>();
    var namespaces = new LinkedHashSet<String>();
    for (Secret secret : secrets(cluster)) {
      var data = new TreeMap<String, String>();
      boolean complete = true;
      for (var entry : secret.data().entrySet()) {
        var value = value(secret, entry.getKey(), entry.getValue(), resolved);
        if (value == null) {
          complete = false;
        } else {
          data.put(entry.getKey(), Base64.getEncoder().encodeToString(value));
        }
      }
      if (complete) {
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
  }

  private static List<Secret> secrets(Cluster cluster) {
    var secrets = new ArrayList<Secret>();
    cluster.namespaces().forEach(namespace -> secrets.addAll(namespace.secrets()));
    return secrets;
  }

  /** The key's bytes, or {@code null} when a source is unavailable or a password too long for bcrypt. */
  private static byte[] value(Secret secret, String key, SecretContent content, ResolvedSecrets values) {
    for (SecretValue value : content.sources()) {
      if (values.unavailable(value).isPresent()) {
        return null;
      }
    }
    if (content instanceof SecretContent.Value plain) {
      return values.value(plain.value()).orElseThrow();
    }
    if (content instanceof SecretContent.Htpasswd htpasswd) {
      var file = new StringBuilder();
      for (var user : htpasswd.users().entrySet()) {
        var password = values.credential(user.getValue()).orElseThrow();
        try {
          file.append(Htpasswd.line(user.getKey(), password, secret.saltContext(key), htpasswd.cost())).append('\n');
        } catch (IllegalArgumentException e) {
          return null; // longer than bcrypt hashes; the secret-unavailable warning says so
        } finally {
          Arrays.fill(password, (byte) 0);
        }
      }
      return file.toString().getBytes(StandardCharsets.UTF_8);
    }
    var dockerConfig = (SecretContent.DockerConfig) content; // the last variant of the sealed interface
    return dockerConfigJson(dockerConfig, values);
  }

  private static byte[] dockerConfigJson(SecretContent.DockerConfig config, ResolvedSecrets values) {
    var mapper = JsonMapper.builder().build();
    var root = mapper.createObjectNode();
    var auths = root.putObject("auths");
    config.logins().forEach((registry, login) -> {
      var username = new String(values.credential(login.username()).orElseThrow(), StandardCharsets.UTF_8);
      var password = new String(values.credential(login.password()).orElseThrow(), StandardCharsets.UTF_8);
      var entry = auths.putObject(registry);
      entry.put("auth", Base64.getEncoder().encodeToString(
          (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
      entry.put("password", password);
      entry.put("username", username);
    });
    return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
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
