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
 */
public record BasicAuth(String user, SecretValue password, String realm) {

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
  }

  /** Basic auth for {@code user}, realm {@value #DEFAULT_REALM}. */
  public static BasicAuth of(String user, SecretValue password) {
    return new BasicAuth(user, password, DEFAULT_REALM);
  }

  /** Returns a copy with the realm the browser shows in its login prompt. */
  public BasicAuth realm(String realm) {
    return new BasicAuth(user, password, realm);
  }
}
