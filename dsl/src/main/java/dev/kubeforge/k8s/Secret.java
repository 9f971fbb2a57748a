package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.Scope;
import dev.kubeforge.secret.SecretValue;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Secret whose every key comes from {@link SecretValue}s. It never appears in the reviewable output:
 * it is rendered, with the resolved values, into the git-ignored secrets output, and the reviewable
 * output lists it in {@code kubernetes/secrets.md} with its keys and their sources.
 *
 * @param path where the Secret was declared, such as {@code cluster prod › namespace web › secret db}
 * @param namespace the Secret's namespace
 * @param name the Secret's name
 * @param type the Secret's {@code type}
 * @param data what each key holds, sorted by key
 * @param labels the Secret's labels, sorted
 */
public record Secret(
    ObjectPath path,
    String namespace,
    String name,
    SecretType type,
    SortedMap<String, SecretContent> data,
    SortedMap<String, String> labels) {

  /** The key of a TLS Secret's certificate chain. */
  public static final String TLS_CERTIFICATE = "tls.crt";
  /** The key of a TLS Secret's private key. */
  public static final String TLS_PRIVATE_KEY = "tls.key";
  /** The key of a docker config Secret. */
  public static final String DOCKER_CONFIG_JSON = ".dockerconfigjson";

  public Secret {
    requireNonNull(path, "path");
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * The identity the htpasswd salt is derived from: cluster, namespace, name and key. It does not depend
   * on how paths are printed.
   */
  public String saltContext(String key) {
    return path.segments().get(0) + "/" + namespace + "/" + name + "/" + key;
  }

  /** Builds a {@link Secret}; obtained from {@code namespace.secret("name")}. */
  public static final class Builder extends ConstructBuilder<Builder> {
    private SecretType type;
    private final TreeMap<String, SecretContent> data = new TreeMap<>();

    Builder(Scope parent, String namespace, String name) {
      super(parent, "secret", namespace, Names.requireDns1123Subdomain("secret name", name));
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds a key whose value is the source's bytes, as {@code kubectl create secret generic
     * --from-file=key=path}. The Secret's type stays {@code Opaque} unless {@link #tls} or
     * {@link #dockerConfig} set another. A key may be added once.
     */
    public Builder entry(String key, SecretValue value) {
      scope().ensureMutable();
      data.put(newKey(key), new SecretContent.Value(requireNonNull(value, "value")));
      return this;
    }

    /**
     * Makes this a {@code kubernetes.io/tls} Secret with keys {@code tls.crt} and {@code tls.key}, as
     * {@code kubectl create secret tls --cert --key}. Both sources hold PEM.
     */
    public Builder tls(SecretValue certificate, SecretValue privateKey) {
      scope().ensureMutable();
      requireNonNull(certificate, "certificate");
      requireNonNull(privateKey, "privateKey");
      type(SecretType.TLS);
      data.put(newKey(TLS_CERTIFICATE), new SecretContent.Value(certificate));
      data.put(newKey(TLS_PRIVATE_KEY), new SecretContent.Value(privateKey));
      return this;
    }

    /**
     * Makes this a {@code kubernetes.io/dockerconfigjson} Secret and adds a registry login to its
     * {@code .dockerconfigjson}, as {@code kubectl create secret docker-registry}. Adds one login per
     * registry; use the Secret in a pod's {@code imagePullSecrets}.
     */
    public Builder dockerConfig(String registry, SecretValue username, SecretValue password) {
      scope().ensureMutable();
      requireNonNull(registry, "registry");
      if (registry.isBlank() || !registry.strip().equals(registry)) {
        throw new IllegalArgumentException("registry must be a host name without spaces: '" + registry + "'");
      }
      type(SecretType.DOCKER_CONFIG_JSON);
      var logins = new TreeMap<String, SecretContent.DockerConfig.Login>();
      if (data.get(DOCKER_CONFIG_JSON) instanceof SecretContent.DockerConfig existing) {
        logins.putAll(existing.logins());
      }
      if (logins.putIfAbsent(registry, new SecretContent.DockerConfig.Login(username, password)) != null) {
        throw new IllegalArgumentException("secret " + name() + " already has a login for registry " + registry);
      }
      data.put(DOCKER_CONFIG_JSON, new SecretContent.DockerConfig(logins));
      return this;
    }

    /**
     * {@link #dockerConfig(String, SecretValue, SecretValue)} with the user name and password of one
     * {@code settings.xml} server.
     */
    public Builder dockerConfig(String registry, SecretValue.FromMavenSettings server) {
      requireNonNull(server, "server");
      return dockerConfig(registry, server.username(), server);
    }

    /**
     * Adds a user to the htpasswd file at {@code key} (one {@code user:bcrypt-hash} line per user),
     * the form ingress-nginx ({@code auth}) and Traefik ({@code users}) read for basic auth. The hash
     * stays the same from build to build while the password does not change. bcrypt cost
     * {@value SecretContent.Htpasswd#DEFAULT_COST}.
     */
    public Builder htpasswd(String key, String user, SecretValue password) {
      scope().ensureMutable();
      requireNonNull(password, "password");
      requireHtpasswdUser(user);
      var users = new TreeMap<String, SecretValue>();
      if (data.get(key) instanceof SecretContent.Htpasswd existing) {
        users.putAll(existing.users());
      } else {
        newKey(key);
      }
      if (users.putIfAbsent(user, password) != null) {
        throw new IllegalArgumentException("secret " + name() + " already has user '" + user + "' in " + key);
      }
      data.put(key, new SecretContent.Htpasswd(users, SecretContent.Htpasswd.DEFAULT_COST));
      return this;
    }

    /** A typed reference to a key added so far; throws when the Secret has no such key. */
    public SecretKey key(String key) {
      requireNonNull(key, "key");
      if (!data.containsKey(key)) {
        throw new IllegalArgumentException("secret " + name() + " has no key '" + key + "' (keys: " + data.keySet() + ")");
      }
      return new SecretKey(namespace(), name(), key);
    }

    /** A typed reference to the whole Secret. */
    public SecretRef ref() {
      return new SecretRef(namespace(), name());
    }

    private void type(SecretType wanted) {
      if (type != null && type != wanted) {
        throw new IllegalStateException("secret " + name() + " is already of type " + type.value()
            + ", it cannot also be " + wanted.value());
      }
      type = wanted;
    }

    private String newKey(String key) {
      Names.requireConfigKey("secret key", key);
      if (data.containsKey(key)) {
        throw new IllegalArgumentException("secret " + name() + " already has key '" + key + "'");
      }
      return key;
    }

    Secret build() {
      return new Secret(scope().path(), namespace(), name(), type == null ? SecretType.OPAQUE : type, data, labels());
    }
  }

  /** Returns {@code user} when it can stand before the ':' of an htpasswd line, or throws. */
  static String requireHtpasswdUser(String user) {
    requireNonNull(user, "user");
    if (user.isEmpty() || user.chars().anyMatch(c -> c == ':' || c <= ' ' || c == 0x7F)) {
      throw new IllegalArgumentException(
          "not an htpasswd user name: '" + user + "' (not empty; no ':', spaces or control characters)");
    }
    return user;
  }
}
