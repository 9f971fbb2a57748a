package dev.kubeforge.secret;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a secret value comes from: an environment variable, a file, or a server of Maven's
 * {@code settings.xml}. A {@code SecretValue} holds only the source, never the value: the value is read
 * at generation time by a {@link SecretResolver} and written only to the secrets output, so neither a
 * definition nor its reviewable output can print it.
 *
 * <pre>{@code
 * ingress.basicAuth("admin", SecretValue.fromEnv("DASHBOARD_PASSWORD"));
 * ns.secret("kube-master-secret").tls(SecretValue.fromFile(Path.of("ssl/app-cert.pem")),
 *                                     SecretValue.fromFile(Path.of("ssl/app-key.pem")));
 * }</pre>
 */
public sealed interface SecretValue
    permits SecretValue.FromEnv, SecretValue.FromFile, SecretValue.FromMavenSettings {

  /** The value of environment variable {@code variable}, such as {@code DASHBOARD_PASSWORD}. */
  static FromEnv fromEnv(String variable) {
    return new FromEnv(variable);
  }

  /**
   * The bytes of a file. A relative path is resolved against the resolver's base directory (the Maven
   * project's base directory when the plugin generates).
   */
  static FromFile fromFile(Path path) {
    return new FromFile(path);
  }

  /** The password of server {@code serverId} in Maven's {@code settings.xml}, decrypted by the plugin. */
  static FromMavenSettings fromMavenSettings(String serverId) {
    return new FromMavenSettings(serverId, SettingsServer.Field.PASSWORD);
  }

  /** The source as a reader would name it, such as {@code environment variable DASHBOARD_PASSWORD}; never the value. */
  String source();

  /**
   * An environment variable.
   *
   * @param variable the variable's name: letters, digits and '_', not starting with a digit
   */
  record FromEnv(String variable) implements SecretValue {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public FromEnv {
      requireNonNull(variable, "variable");
      if (!NAME.matcher(variable).matches()) {
        throw new IllegalArgumentException("not an environment variable name: '" + variable
            + "' (letters, digits and '_', not starting with a digit)");
      }
    }

    @Override
    public String source() {
      return "environment variable " + variable;
    }

    @Override
    public String toString() {
      return "SecretValue.fromEnv(" + variable + ")";
    }
  }

  /**
   * A file, read as bytes.
   *
   * @param path absolute, or relative to the resolver's base directory
   */
  record FromFile(Path path) implements SecretValue {

    public FromFile {
      requireNonNull(path, "path");
      if (path.toString().isEmpty()) {
        throw new IllegalArgumentException("a secret file needs a path, was empty");
      }
    }

    @Override
    public String source() {
      return "file " + path.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
      return "SecretValue.fromFile(" + path.toString().replace('\\', '/') + ")";
    }
  }

  /**
   * A field of a {@code <server>} in Maven's {@code settings.xml}.
   *
   * @param serverId the server's {@code <id>}
   * @param field which of its fields
   */
  record FromMavenSettings(String serverId, SettingsServer.Field field) implements SecretValue {

    public FromMavenSettings {
      requireNonNull(serverId, "serverId");
      requireNonNull(field, "field");
      if (serverId.isBlank()) {
        throw new IllegalArgumentException("a settings.xml server id must not be blank");
      }
    }

    /** Returns a copy that reads the server's {@code <username>} instead. */
    public FromMavenSettings username() {
      return new FromMavenSettings(serverId, SettingsServer.Field.USERNAME);
    }

    @Override
    public String source() {
      return "settings.xml server " + serverId + " <" + field.element() + ">";
    }

    @Override
    public String toString() {
      return "SecretValue.fromMavenSettings(" + serverId + ", " + field.element() + ")";
    }
  }
}
