package dev.kubeforge.check;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How serious the policy checks are for a project: a built-in profile ({@code strict}, {@code default},
 * {@code relaxed}) and, per check id, a level that replaces the profile's ({@code error}, {@code warning}
 * or {@code off}). Only policy checks (opinions such as {@code no-readonly-root-fs}, which the linters
 * report too) have a level; checks of what cannot work ({@code dangling-backend}) are always errors.
 * Allowances apply as before: {@code allow(checkId, reason)} accepts a problem whatever its level.
 *
 * <p>Profiles: {@code default} reports each policy check at the severity the README's "Policy checks"
 * table lists (mostly warnings); {@code strict} makes every policy check an error; {@code relaxed} keeps
 * the security warnings and turns off those about operations (probes, requests, disruption budgets,
 * anti-affinity, network policies, pull policy, service accounts, job clean-up).
 *
 * <pre>{@code
 * Kubeforge.generate(definitions, Policy.profile("strict").check("no-liveness-probe", "warning"));
 * }</pre>
 *
 * @param profile {@code strict}, {@code default} or {@code relaxed}
 * @param checks per policy check id, the level that replaces the profile's, sorted
 */
public record Policy(String profile, SortedMap<String, Level> checks) {

  /** The level of a policy check. */
  public enum Level {
    /** Reported as an error: generation stops. */
    ERROR,
    /** Reported as a warning. */
    WARNING,
    /** Not reported. */
    OFF
  }

  /** The built-in profiles, by name. */
  public static final Set<String> PROFILES = Set.of("strict", "default", "relaxed");

  /** Every policy check: its id and its level under {@code default}. */
  private static final Map<String, Level> DEFAULTS = Map.ofEntries(
      Map.entry(ContainerImageCheck.LATEST, Level.WARNING),
      Map.entry(ImagePullPolicyCheck.ID, Level.WARNING),
      Map.entry("no-resource-limits", Level.WARNING),
      Map.entry(ResourceRequestsCheck.ID, Level.WARNING),
      Map.entry("no-readiness-probe", Level.WARNING),
      Map.entry(LivenessProbeCheck.ID, Level.WARNING),
      Map.entry(LivenessProbeCheck.IDENTICAL, Level.WARNING),
      Map.entry("run-as-root", Level.WARNING),
      Map.entry("privileged-container", Level.WARNING),
      Map.entry(ContainerHardeningCheck.READ_ONLY_ROOT, Level.WARNING),
      Map.entry(ContainerHardeningCheck.ESCALATION, Level.WARNING),
      Map.entry(ContainerHardeningCheck.NOT_DROPPED, Level.WARNING),
      Map.entry(ContainerHardeningCheck.DANGEROUS, Level.WARNING),
      Map.entry(KernelAccessCheck.SYSCTL, Level.WARNING),
      Map.entry(KernelAccessCheck.PROC_MOUNT, Level.WARNING),
      Map.entry(KernelAccessCheck.WRITABLE_HOST_MOUNT, Level.WARNING),
      Map.entry(KernelAccessCheck.PRIVILEGED_PORT, Level.WARNING),
      Map.entry(KernelAccessCheck.SSH_PORT, Level.WARNING),
      Map.entry(HostAccessCheck.HOST_NETWORK, Level.WARNING),
      Map.entry(HostAccessCheck.HOST_PID, Level.WARNING),
      Map.entry(HostAccessCheck.HOST_IPC, Level.WARNING),
      Map.entry(HostAccessCheck.HOST_PORT, Level.WARNING),
      Map.entry(HostAccessCheck.HOST_PATH, Level.WARNING),
      Map.entry(HostAccessCheck.DOCKER_SOCKET, Level.WARNING),
      Map.entry(HostAccessCheck.SENSITIVE_PATH, Level.WARNING),
      Map.entry(DisruptionCheck.ID, Level.WARNING),
      Map.entry(DisruptionCheck.BLOCKS, Level.WARNING),
      Map.entry(AntiAffinityCheck.ID, Level.WARNING),
      Map.entry(NetworkPolicyCheck.ID, Level.WARNING),
      Map.entry(RbacCheck.ID, Level.WARNING),
      Map.entry(RbacCheck.CLUSTER_ADMIN, Level.WARNING),
      Map.entry(ServiceAccountCheck.ID, Level.WARNING),
      Map.entry(ServiceAccountCheck.TOKEN, Level.WARNING),
      Map.entry(EnvSecretCheck.ID, Level.WARNING),
      Map.entry(EnvSecretCheck.DUPLICATE, Level.WARNING),
      Map.entry(JobTtlCheck.ID, Level.WARNING),
      Map.entry(ApiVersionCheck.DEPRECATED, Level.WARNING));

  /** The policy checks {@code relaxed} turns off: advice about operations rather than exposure. */
  private static final Set<String> RELAXED_OFF = Set.of(
      ImagePullPolicyCheck.ID,
      ResourceRequestsCheck.ID,
      LivenessProbeCheck.ID,
      LivenessProbeCheck.IDENTICAL,
      ContainerHardeningCheck.READ_ONLY_ROOT,
      ContainerHardeningCheck.NOT_DROPPED,
      KernelAccessCheck.PRIVILEGED_PORT,
      DisruptionCheck.ID,
      AntiAffinityCheck.ID,
      NetworkPolicyCheck.ID,
      ServiceAccountCheck.ID,
      ServiceAccountCheck.TOKEN,
      JobTtlCheck.ID);

  public Policy {
    requireNonNull(profile, "profile");
    requireNonNull(checks, "checks");
    if (!PROFILES.contains(profile)) {
      throw new IllegalArgumentException("unknown policy profile '" + profile + "' (strict, default or relaxed)");
    }
    for (var entry : checks.entrySet()) {
      requireKnown(requireNonNull(entry.getKey(), "check id"));
      requireNonNull(entry.getValue(), () -> "level of " + entry.getKey());
    }
    checks = Collections.unmodifiableSortedMap(new TreeMap<>(checks));
  }

  /** The {@code default} profile without overrides: what {@link Checks#run(dev.kubeforge.cluster.Cluster)} uses. */
  public static Policy defaults() {
    return profile("default");
  }

  /** A built-in profile without overrides: {@code strict}, {@code default} or {@code relaxed}. */
  public static Policy profile(String name) {
    return new Policy(requireNonNull(name, "profile"), new TreeMap<>());
  }

  /**
   * Returns a copy where policy check {@code checkId} has {@code level} ({@code error}, {@code warning}
   * or {@code off}, in any case) whatever the profile says. Replaces an earlier level of that check.
   *
   * @throws IllegalArgumentException when {@code checkId} is not a policy check or {@code level} is not a level
   */
  public Policy check(String checkId, String level) {
    requireNonNull(level, "level");
    requireKnown(requireNonNull(checkId, "checkId"));
    Level parsed;
    try {
      parsed = Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "policy check " + checkId + ": unknown level '" + level + "' (error, warning or off)", e);
    }
    var copy = new TreeMap<>(checks);
    copy.put(checkId, parsed);
    return new Policy(profile, copy);
  }

  /** {@link #check(String, String)} for each entry of {@code levels}, in key order. */
  public Policy checks(Map<String, String> levels) {
    var policy = this;
    for (var entry : new TreeMap<>(levels).entrySet()) {
      policy = policy.check(entry.getKey(), entry.getValue());
    }
    return policy;
  }

  /** The ids of every policy check, sorted: those a profile and {@link #check} set a level for. */
  public static Set<String> policyIds() {
    return Collections.unmodifiableSet(new TreeSet<>(DEFAULTS.keySet()));
  }

  /** The level of policy check {@code checkId} under {@code profile} before any override. */
  public static Level level(String profile, String checkId) {
    requireKnown(checkId);
    return switch (profile) {
      case "strict" -> Level.ERROR;
      case "relaxed" -> RELAXED_OFF.contains(checkId) ? Level.OFF : DEFAULTS.get(checkId);
      case "default" -> DEFAULTS.get(checkId);
      default -> throw new IllegalArgumentException(
          "unknown policy profile '" + profile + "' (strict, default or relaxed)");
    };
  }

  /** The level of policy check {@code checkId} under this policy. */
  public Level level(String checkId) {
    var override = checks.get(checkId);
    return override != null ? override : level(profile, checkId);
  }

  /**
   * {@code problem} at this policy's level: the same problem when it is not a policy check's, a copy
   * with the level's severity, or {@code null} when the check is off.
   */
  Problem apply(Problem problem) {
    if (!DEFAULTS.containsKey(problem.checkId())) {
      return problem;
    }
    return switch (level(problem.checkId())) {
      case OFF -> null;
      case ERROR -> problem.severity() == Severity.ERROR ? problem
          : new Problem(Severity.ERROR, problem.checkId(), problem.path(), problem.message(), problem.hint());
      case WARNING -> problem.severity() == Severity.WARNING ? problem
          : new Problem(Severity.WARNING, problem.checkId(), problem.path(), problem.message(), problem.hint());
    };
  }

  private static void requireKnown(String checkId) {
    if (!DEFAULTS.containsKey(checkId)) {
      throw new IllegalArgumentException("'" + checkId + "' is not a policy check, so it has no level to set"
          + " (policy checks: " + String.join(", ", new TreeSet<>(DEFAULTS.keySet())) + ")");
    }
  }
}
