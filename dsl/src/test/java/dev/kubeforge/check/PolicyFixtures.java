package dev.kubeforge.check;

import java.util.List;
import java.util.stream.Collectors;

/** Policies for tests written before the policy pack, so that they keep asserting what they did. */
public final class PolicyFixtures {

  /** The policy checks that existed before the pack; they keep their {@code default} levels. */
  private static final List<String> EARLIER = List.of("image-tag-latest", "no-resource-limits", "no-readiness-probe",
      "run-as-root", "privileged-container", "host-path-volume", "host-network");

  /**
   * The {@code default} profile with every check the pack added off: what a test of another check, or
   * of a golden tree, saw before the pack. {@code PolicyChecksTest} covers the pack itself.
   */
  public static final Policy BEFORE_THE_PACK = Policy.defaults().checks(Policy.policyIds().stream()
      .filter(id -> !EARLIER.contains(id)).collect(Collectors.toMap(id -> id, id -> "off")));

  private PolicyFixtures() {}
}
