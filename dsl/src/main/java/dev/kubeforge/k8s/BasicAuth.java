package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.secret.SecretValue;

/**
 * HTTP basic authentication in front of an Ingress: one user and the source of its password. The
 * password is hashed with bcrypt into an htpasswd Secret in the secrets output, never written in clear.
 *
 * @param user the user name
 * @param password the password's source
 * @param realm the realm the browser shows
 * @param cost bcrypt's cost factor, 4 to 31
 */
public record BasicAuth(String user, SecretValue password, String realm, int cost) {

  /** The realm unless another is set. */
  public static final String DEFAULT_REALM = "Authentication Required";

  public BasicAuth {
    Secret.requireHtpasswdUser(user);
    requireNonNull(password, "password");
    requireNonNull(realm, "realm");
    if (realm.isBlank() || realm.indexOf('"') >= 0 || realm.chars().anyMatch(c -> c < ' ')) {
      throw new IllegalArgumentException("realm must be non-blank text without '\"' or control characters: '"
          + realm + "'");
    }
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be in 4..31, was " + cost);
    }
  }

  /**
   * Basic auth for {@code user}, realm {@value #DEFAULT_REALM}, bcrypt cost
   * {@value SecretContent.Htpasswd#DEFAULT_COST}.
   */
  public static BasicAuth of(String user, SecretValue password) {
    return new BasicAuth(user, password, DEFAULT_REALM, SecretContent.Htpasswd.DEFAULT_COST);
  }

  /** Returns a copy with the realm the browser shows in its login prompt. */
  public BasicAuth realm(String realm) {
    return new BasicAuth(user, password, realm, cost);
  }

  /**
   * Returns a copy hashing with bcrypt cost {@code cost}. Defaults to
   * {@value SecretContent.Htpasswd#DEFAULT_COST}, as {@code htpasswd -B}; the controller verifies the hash
   * on every request, so each step up doubles the CPU every request costs.
   */
  public BasicAuth cost(int cost) {
    return new BasicAuth(user, password, realm, cost);
  }
}
