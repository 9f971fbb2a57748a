package dev.kubeforge.maven;

import dev.kubeforge.secret.SettingsServer;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The servers of {@code settings.xml}, decrypted, as sources of {@code SecretValue.fromMavenSettings}. */
final class SettingsServers {

  private SettingsServers() {}

  /** Every server by id, with its password decrypted; a server that cannot be decrypted is an error. */
  static Map<String, SettingsServer> decrypted(Settings settings, SettingsDecrypter decrypter)
      throws MojoExecutionException {
    var servers = new TreeMap<String, SettingsServer>();
    for (Server server : settings.getServers()) {
      var result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem problem : result.getProblems()) {
        if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new MojoExecutionException("kube: cannot decrypt server '" + server.getId()
              + "' of settings.xml: " + problem.getMessage());
        }
      }
      var plain = result.getServer();
      servers.put(plain.getId(), new SettingsServer(plain.getId(), plain.getUsername(), plain.getPassword()));
    }
    return servers;
  }
}
