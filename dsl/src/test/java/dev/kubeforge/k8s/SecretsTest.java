package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Generation;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.output.FileTree;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.secret.SecretValue;
import dev.kubeforge.secret.SettingsServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The secrets output: stable bcrypt hashes, every kind of Secret, and no value in the reviewable tree. */
class SecretsTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Pattern AUTH = Pattern.compile("(?m)^  (?:auth|users): (\\S+)$");

  static SecretResolver resolver(String password) {
    return SecretResolver.of(Map.of("DASHBOARD_PASSWORD", password), RESOURCES, Map.of());
  }

  static String htpasswd(Generation generation, String path) {
    var matcher = AUTH.matcher(generation.secrets().text(path));
    assertTrue(matcher.find(), generation.secrets().text(path));
    return new String(Base64.getDecoder().decode(matcher.group(1)), StandardCharsets.UTF_8);
  }

  private static final String NGINX_AUTH = "seed/kubernetes/kube-system/secret-dashboard-basic-auth.yaml";

  @Test
  void htpasswdHashIsTheSameAcrossBuildsWhileThePasswordIsAndDiffersWithAnother() {
    var first = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("kubernetes")), NGINX_AUTH);
    var second = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("kubernetes")), NGINX_AUTH);
    var other = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("another")), NGINX_AUTH);

    assertEquals(first, second);
    assertNotEquals(first, other);
    assertTrue(first.startsWith("admin:$2y$05$"), first);
    assertTrue(first.endsWith("\n"), first);
    var hash = first.substring("admin:".length()).strip();
    assertTrue(BCrypt.verifyer().verify("kubernetes".toCharArray(), hash).verified);
    assertFalse(BCrypt.verifyer().verify("another".toCharArray(), hash).verified);
    assertTrue(BCrypt.verifyer().verify("another".toCharArray(), other.substring("admin:".length()).strip()).verified);
  }

  @Test
  void theSaltDependsOnTheSecretNotOnThePassword() {
    var nginx = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("kubernetes")),
        NGINX_AUTH);
    var traefik = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.TraefikDashboard()), resolver("kubernetes")),
        NGINX_AUTH);
    var other = htpasswd(Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("another")),
        NGINX_AUTH);
    // $2y$05$ + 22 characters of salt: another key (auth vs users) gets another salt, another password the same.
    assertNotEquals(nginx.substring(0, 35), traefik.substring(0, 35));
    assertEquals(nginx.substring(0, 35), other.substring(0, 35));
  }

  @Test
  void noSecretValueReachesTheReviewableTree() throws Exception {
    var password = "s3cr3t-Dashboard-pw";
    var definitions = List.<ClusterDefinition>of(new IngressGoldenTest.GatewayDashboard());
    var withNginx = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver(password));
    var withGateway = Kubeforge.generate(definitions, resolver(password));
    var hash = htpasswd(withNginx, NGINX_AUTH).strip();
    var key = Files.readString(RESOURCES.resolve("tls/app-key.pem"));
    var certificate = Files.readString(RESOURCES.resolve("tls/app-cert.pem"));
    var forbidden = List.of(password, hash, hash.substring("admin:".length()), key.lines().skip(1).findFirst().orElseThrow(),
        certificate.lines().skip(1).findFirst().orElseThrow(), base64(password), base64(hash + "\n"), base64(key),
        base64(certificate));
    for (Generation generation : List.of(withNginx, withGateway)) {
      assertFalse(generation.secrets().paths().isEmpty());
      assertNoneIn(generation.files(), forbidden);
    }
    // The secrets tree does hold them, so the scan above can find them.
    assertTrue(withGateway.secrets().text("seed/kubernetes/kube-system/secret-dashboard-tls.yaml").contains(base64(key)));
  }

  @Test
  void theReviewableTreeDoesNotDependOnSecretsOrTheirAvailability() {
    var withSecrets = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("one"));
    var otherSecrets = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()), resolver("two"));
    var withoutResolver = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()));
    var nothingAvailable = Kubeforge.generate(List.of(new IngressGoldenTest.NginxDashboard()),
        SecretResolver.of(Map.of(), RESOURCES, Map.of()));

    assertEquals(withSecrets.files(), otherSecrets.files());
    assertEquals(withSecrets.files(), withoutResolver.files());
    assertEquals(withSecrets.files(), nothingAvailable.files());
    assertEquals(FileTree.empty(), withoutResolver.secrets());
    assertEquals(FileTree.empty(), nothingAvailable.secrets());
  }

  @Test
  void genericAndDockerConfigSecretsFromFilesAndSettingsServers() {
    ClusterDefinition definition = () -> {
      var cluster = Cluster.named("ci");
      var jenkins = cluster.namespace("jenkins");
      jenkins.secret("registry").dockerConfig("registry.example.com", SecretValue.fromMavenSettings("registry"));
      jenkins.secret("tls-files").entry("ca.crt", SecretValue.fromFile(Path.of("tls/app-cert.pem")));
      return cluster.build();
    };
    var resolver = SecretResolver.of(Map.of(), RESOURCES,
        Map.of("registry", new SettingsServer("registry", "ci-bot", "t0ken")));
    var generation = Kubeforge.generate(List.of(definition), resolver);

    assertEquals(List.of(), generation.warnings());
    var registry = generation.secrets().text("ci/kubernetes/jenkins/secret-registry.yaml");
    var json = "{\"auths\":{\"registry.example.com\":{\"auth\":\"" + base64("ci-bot:t0ken")
        + "\",\"password\":\"t0ken\",\"username\":\"ci-bot\"}}}";
    assertTrue(registry.endsWith("""
        data:
          .dockerconfigjson: %s
        type: kubernetes.io/dockerconfigjson
        """.formatted(base64(json))), registry);
    assertEquals("""
        # Generated by Kubeforge from %s. Holds secret values: never commit or share this file.
        resources:
          - _cluster/namespace-jenkins.yaml
          - jenkins/secret-registry.yaml
          - jenkins/secret-tls-files.yaml
        """.formatted(definition.getClass().getName()), generation.secrets().text("ci/kubernetes/kustomization.yaml"));
    var list = generation.files().text("ci/kubernetes/secrets.md");
    assertTrue(list.contains("""
        | `jenkins/registry` | `kubernetes.io/dockerconfigjson` | `.dockerconfigjson` | docker config.json: \
        registry.example.com as the user from settings.xml server registry <username> with the password from \
        settings.xml server registry <password> |
        | `jenkins/tls-files` | `Opaque` | `ca.crt` | from file tls/app-cert.pem |
        """), list);
    assertTrue(list.contains("""
        ## Sources to supply

        - settings.xml server registry <username>
        - settings.xml server registry <password>
        - file tls/app-cert.pem
        """), list);
  }

  @Test
  void sourcesNeverPrintValues() {
    var server = new SettingsServer("registry", "ci-bot", "t0ken");
    var resolver = SecretResolver.of(Map.of("DASHBOARD_PASSWORD", "kubernetes"), RESOURCES, Map.of("registry", server));

    assertEquals("SettingsServer[id=registry, username set, password set]", server.toString());
    assertFalse(resolver.toString().contains("kubernetes"), resolver.toString());
    assertFalse(resolver.toString().contains("t0ken"), resolver.toString());
    assertEquals("SecretValue.fromEnv(DASHBOARD_PASSWORD)", SecretValue.fromEnv("DASHBOARD_PASSWORD").toString());
    assertEquals("SecretValue.fromFile(tls/app-key.pem)", SecretValue.fromFile(Path.of("tls/app-key.pem")).toString());
    assertEquals("SecretValue.fromMavenSettings(registry, username)",
        SecretValue.fromMavenSettings("registry").username().toString());
  }

  private static void assertNoneIn(FileTree tree, List<String> forbidden) {
    for (String path : tree.paths()) {
      var text = tree.text(path);
      for (String value : forbidden) {
        assertFalse(text.contains(value), path + " holds a secret value");
      }
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
