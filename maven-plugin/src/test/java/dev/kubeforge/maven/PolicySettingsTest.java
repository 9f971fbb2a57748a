package dev.kubeforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.check.Policy;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The {@code <policy>} parameter becomes the library's {@link Policy}; a bad value names the parameter. */
class PolicySettingsTest {

  @Test
  void aProfileFromTheCommandLine() throws MojoExecutionException {
    assertEquals(Policy.profile("strict"), new PolicySettings(" strict ").policy());
  }

  @Test
  void aProfileAsMavenSetsItFromOneString() throws MojoExecutionException {
    var settings = new PolicySettings();
    settings.set("relaxed");
    assertEquals(Policy.profile("relaxed"), settings.policy());
  }

  @Test
  void aProfileWithCheckLevels() throws MojoExecutionException {
    var policy = new PolicySettings("relaxed", Map.of("no-readonly-root-fs", "error")).policy();
    assertEquals(Policy.profile("relaxed").check("no-readonly-root-fs", "error"), policy);
    assertEquals(Policy.Level.ERROR, policy.level("no-readonly-root-fs"));
  }

  @Test
  void noProfileIsTheDefault() throws MojoExecutionException {
    assertEquals(Policy.defaults(), new PolicySettings().policy());
  }

  @Test
  void anUnknownProfileNamesTheParameter() {
    var e = assertThrows(MojoExecutionException.class, () -> new PolicySettings("paranoid").policy());
    assertEquals("<policy> (-Dkube.policy): unknown policy profile 'paranoid' (strict, default or relaxed)",
        e.getMessage());
  }

  @Test
  void aLevelOfACheckThatIsNoPolicyCheckNamesTheParameter() {
    var e = assertThrows(MojoExecutionException.class,
        () -> new PolicySettings("default", Map.of("dangling-backend", "warning")).policy());
    assertEquals("<policy> (-Dkube.policy): 'dangling-backend' is not a policy check, so it has no level to set"
        + " (policy checks: " + String.join(", ", Policy.policyIds()) + ")", e.getMessage());
  }
}
