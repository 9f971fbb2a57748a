package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.secret.SecretValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one key of a {@link Secret} holds, described by its sources only. The value is computed at
 * generation time from the resolved sources and written only to the secrets output.
 */
public sealed interface SecretContent permits SecretContent.Value, SecretContent.Htpasswd, SecretContent.DockerConfig {

  /** Every source the content is computed from, in a stable order. */
  List<SecretValue> sources();

  /** What the content is, for the list of secrets in the reviewable output; never a value. */
  String describe();

  /**
   * The bytes of a source, as they are.
   *
   * @param value the source
   */
  record Value(SecretValue value) implements SecretContent {

    public Value {
      requireNonNull(value, "value");
    }

    @Override
    public List<SecretValue> sources() {
      return List.of(value);
    }

    @Override
    public String describe() {
      return "from " + value.source();
    }
  }

  /**
   * An htpasswd file: one line {@code user:bcrypt-hash} per user, sorted by user. The hash's salt is
   * derived from the Secret's identity and the user, so the line stays the same from build to build
   * while the password does not change.
   *
   * @param users each user's password
   * @param cost bcrypt's cost factor (log2 of its rounds), 4 to 31
   */
  record Htpasswd(SortedMap<String, SecretValue> users, int cost) implements SecretContent {

    /**
     * The cost unless another is set: 5, as {@code htpasswd -B} uses. The controller verifies the hash on
     * every authenticated request, so the cost is paid per request, not per login: measured here, cost 5
     * takes about 13 ms and cost 10 about 150 ms (generation pays it once per Secret too). Raise it with
     * {@code BasicAuth.cost(..)} where requests are rare.
     */
    public static final int DEFAULT_COST = 5;

    public Htpasswd {
      users = Collections.unmodifiableSortedMap(new TreeMap<>(users));
      if (users.isEmpty()) {
        throw new IllegalArgumentException("an htpasswd file needs at least one user");
      }
      if (cost < 4 || cost > 31) {
        throw new IllegalArgumentException("bcrypt cost must be in 4..31, was " + cost);
      }
    }

    @Override
    public List<SecretValue> sources() {
      return List.copyOf(users.values());
    }

    @Override
    public String describe() {
      var parts = new ArrayList<String>();
      users.forEach((user, password) -> parts.add("user " + user + " with the password from " + password.source()));
      return "htpasswd (bcrypt, cost " + cost + "): " + String.join("; ", parts);
    }
  }

  /**
   * A Docker {@code config.json} with one login per registry, sorted by registry.
   *
   * @param logins each registry's login
   */
  record DockerConfig(SortedMap<String, Login> logins) implements SecretContent {

    public DockerConfig {
      logins = Collections.unmodifiableSortedMap(new TreeMap<>(logins));
      if (logins.isEmpty()) {
        throw new IllegalArgumentException("a docker config needs at least one registry login");
      }
    }

    @Override
    public List<SecretValue> sources() {
      var sources = new ArrayList<SecretValue>();
      logins.values().forEach(login -> {
        sources.add(login.username());
        sources.add(login.password());
      });
      return sources;
    }

    @Override
    public String describe() {
      var parts = new ArrayList<String>();
      logins.forEach((registry, login) -> parts.add(registry + " as the user from " + login.username().source()
          + " with the password from " + login.password().source()));
      return "docker config.json: " + String.join("; ", parts);
    }

    /**
     * A registry login.
     *
     * @param username the user name's source
     * @param password the password's or token's source
     */
    public record Login(SecretValue username, SecretValue password) {

      public Login {
        requireNonNull(username, "username");
        requireNonNull(password, "password");
      }
    }
  }
}
