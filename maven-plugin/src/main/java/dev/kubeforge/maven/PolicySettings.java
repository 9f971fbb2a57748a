package dev.kubeforge.maven;

import dev.kubeforge.check.Policy;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code <policy>} parameter as Maven fills it: {@code <policy>strict</policy>} or
 * {@code -Dkube.policy=strict} (Maven calls {@link #set(String)}, its "default setter"), or
 * {@code <profile>} and {@code <checks>} as children. Public only because Maven creates it.
 */
public final class PolicySettings {

  private String profile = "default";

  private Map<String, String> checks = new TreeMap<>();

  /** Default profile, no overrides; Maven then sets the children. */
  public PolicySettings() {}

  /** Only a profile, as {@code <policy>strict</policy>} and {@code -Dkube.policy=strict} write it. */
  public PolicySettings(String profile) {
    this.profile = profile;
  }

  /** Sets only the profile: what Maven calls for {@code <policy>strict</policy>} and {@code -Dkube.policy=strict}. */
  public void set(String profile) {
    this.profile = profile;
  }

  /** A profile and per-check levels, as Maven sets {@code <profile>} and {@code <checks>}. */
  PolicySettings(String profile, Map<String, String> checks) {
    this.profile = profile;
    this.checks = checks;
  }

  /** The library's policy, or a failure naming the parameter as users write it. */
  Policy policy() throws MojoExecutionException {
    try {
      return Policy.profile(profile == null ? "default" : profile.strip())
          .checks(checks == null ? Map.of() : checks);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(AbstractKubeMojo.parameter("policy") + ": " + e.getMessage(), e);
    }
  }
}
