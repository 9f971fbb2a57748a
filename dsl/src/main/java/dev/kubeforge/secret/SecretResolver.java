package dev.kubeforge.secret;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Reads secret values at generation time, for the secrets output only. The Maven plugin builds one from
 * the environment, the project's base directory and the decrypted servers of {@code settings.xml};
 * tests and plain-Java callers build their own.
 *
 * <pre>{@code
 * var resolver = SecretResolver.of(System.getenv(), projectDir, Map.of());
 * Generation generation = Kubeforge.generate(definitions, resolver);
 * }</pre>
 */
@FunctionalInterface
public interface SecretResolver {

  /**
   * The value's bytes: the variable's value in UTF-8, the file's bytes, or the settings field in UTF-8.
   *
   * @throws SecretUnavailableException when the source does not hold the value; its message says why
   *     without printing any value
   */
  byte[] resolve(SecretValue value) throws SecretUnavailableException;

  /**
   * A resolver over explicit sources: environment variables from {@code environment}, files relative to
   * {@code baseDirectory}, {@code settings.xml} servers from {@code servers} (by id). The maps are copied.
   */
  static SecretResolver of(Map<String, String> environment, Path baseDirectory, Map<String, SettingsServer> servers) {
    return new SourcesResolver(environment, baseDirectory, servers);
  }

  /**
   * A resolver over this process's environment variables and files relative to the working directory,
   * without {@code settings.xml} servers.
   */
  static SecretResolver environment() {
    return of(System.getenv(), Path.of("").toAbsolutePath(), Map.of());
  }

  /** Thrown by {@link #resolve} when a source does not hold the value. */
  final class SecretUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception whose message says why the value is unavailable; it must never contain a value. */
    public SecretUnavailableException(String reason) {
      super(requireNonNull(reason, "reason"));
    }
  }
}
