package dev.kubeforge.secret;

import static java.util.Objects.requireNonNull;

/**
 * The credentials of one {@code <server>} of Maven's {@code settings.xml}, already decrypted. The Maven
 * plugin builds these from the session's settings and hands them to {@link SecretResolver#of}; the
 * library itself never reads {@code settings.xml}.
 *
 * @param id the server's {@code <id>}
 * @param username its {@code <username>}, or {@code null} when it has none
 * @param password its {@code <password>}, or {@code null} when it has none
 */
public record SettingsServer(String id, String username, String password) {

  public SettingsServer {
    requireNonNull(id, "id");
  }

  /** The field of a server a {@link SecretValue.FromMavenSettings} reads. */
  public enum Field {
    /** {@code <username>}. */
    USERNAME("username"),
    /** {@code <password>}. */
    PASSWORD("password");

    private final String element;

    Field(String element) {
      this.element = element;
    }

    /** The element's name in {@code settings.xml}. */
    public String element() {
      return element;
    }
  }

  /** The value of {@code field}, or {@code null} when the server does not set it. */
  public String value(Field field) {
    return switch (field) {
      case USERNAME -> username;
      case PASSWORD -> password;
    };
  }

  /** Names the server and which fields it sets; never prints a value. */
  @Override
  public String toString() {
    return "SettingsServer[id=" + id + ", username " + (username == null ? "unset" : "set")
        + ", password " + (password == null ? "unset" : "set") + "]";
  }
}
