package dev.kubeforge.secret;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.secret.SecretResolver.SecretUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The resolver over an environment, a base directory and {@code settings.xml} servers. */
final class SourcesResolver implements SecretResolver {

  private final Map<String, String> environment;
  private final Path baseDirectory;
  private final Map<String, SettingsServer> servers;

  SourcesResolver(Map<String, String> environment, Path baseDirectory, Map<String, SettingsServer> servers) {
    this.environment = Map.copyOf(requireNonNull(environment, "environment"));
    this.baseDirectory = requireNonNull(baseDirectory, "baseDirectory");
    this.servers = Map.copyOf(requireNonNull(servers, "servers"));
  }

  @Override
  public byte[] resolve(SecretValue value) throws SecretUnavailableException {
    if (value instanceof SecretValue.FromEnv env) {
      var text = environment.get(env.variable());
      if (text == null) {
        throw new SecretUnavailableException(env.source() + " is not set");
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (value instanceof SecretValue.FromFile file) {
      return read(file);
    }
    var settings = (SecretValue.FromMavenSettings) value; // the last variant of the sealed interface
    var server = servers.get(settings.serverId());
    if (server == null) {
      throw new SecretUnavailableException("settings.xml has no server with id " + settings.serverId());
    }
    var text = server.value(settings.field());
    if (text == null) {
      throw new SecretUnavailableException(settings.source() + " is not set");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] read(SecretValue.FromFile file) throws SecretUnavailableException {
    var path = baseDirectory.resolve(file.path());
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new SecretUnavailableException(file.source() + " does not exist (looked at " + path + ")");
    } catch (IOException e) {
      throw new SecretUnavailableException(file.source() + " cannot be read: " + e.getClass().getSimpleName());
    }
  }

  /** Names the sources; never prints a value. */
  @Override
  public String toString() {
    return "SecretResolver[" + environment.size() + " environment variables, files in " + baseDirectory
        + ", settings.xml servers " + new TreeMap<>(servers).keySet() + "]";
  }
}
