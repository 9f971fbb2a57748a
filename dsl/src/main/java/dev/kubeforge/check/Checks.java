package dev.kubeforge.check;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Allowance;
import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The built-in checks, and the one way to run them: every check, allowances applied, problems sorted. */
public final class Checks {

  private static final List<Check> BUILT_IN = List.of(
      new DuplicateObjectCheck(),
      new InvalidNameCheck(),
      new ServiceSelectorCheck(),
      new ContainerImageCheck(),
      new IngressBackendCheck(),
      new IngressTlsCheck(),
      new IngressControllerCheck(),
      new ConfigReferenceCheck(),
      new StorageClassCheck(),
      new SecretCheck(),
      new ProbePortCheck(),
      new ServiceTargetPortCheck(),
      new NodePortCheck(30000, 32767),
      new NodePlacementCheck(Cluster::nodes),
      new ResourceLimitsCheck(),
      new HostAccessCheck(),
      new RunAsRootCheck(),
      new ReadinessProbeCheck(),
      new ResourceRequestsCheck(),
      new LivenessProbeCheck(),
      new ContainerHardeningCheck(),
      new KernelAccessCheck(),
      new ImagePullPolicyCheck(),
      new DisruptionCheck(),
      new AntiAffinityCheck(),
      new NetworkPolicyCheck(),
      new RbacCheck(),
      new ServiceAccountCheck(),
      new EnvSecretCheck(),
      new JobTtlCheck(),
      new ApiVersionCheck(),
      new DockerTcpCheck(),
      new DockerHostsCheck(),
      new DockerRemovedCheck(),
      new CgroupDriverCheck(),
      new UndeclaredSliceCheck(),
      new UnitDependencyCheck(),
      new DuplicateUnitCheck(),
      new InvalidUnitCheck(),
      new NodeMemoryCheck(),
      new DeprecatedDirectiveCheck(),
      new NodeCheck(),
      new SubnetOverlapCheck(),
      new CertificateSanCheck(),
      new VersionSkewCheck(),
      new CniTolerationCheck(),
      new KubeadmSetupCheck(),
      new NodeProfileCheck(),
      new CoreOsCheck());

  /**
   * Ids whose problems no allowance accepts, and which {@code allow(..)} therefore does not know: what
   * the output cannot hold whatever the reason.
   */
  private static final Set<String> NOT_ALLOWABLE = Set.of(CoreOsCheck.ID, DuplicateClusterCheck.ID, NodeProfileCheck.CRI_DOCKERD);

  /**
   * The warning for a secret value that could not be read at generation time, so that a Secret or a
   * kubeadm or cloud-init file is left out of the secrets output; reported by the stage of
   * {@code Kubeforge.generate} that reads secrets through a {@code SecretResolver}, before rendering,
   * and allowed like any check.
   */
  public static final String SECRET_UNAVAILABLE = "secret-unavailable";

  /** Ids that checks report besides their own {@link Check#id()}. */
  private static final List<String> EXTRA_IDS = List.of(
      ContainerImageCheck.LATEST,
      SECRET_UNAVAILABLE,
      StorageClassCheck.MULTIPLE_DEFAULTS,
      NodePortCheck.CONFLICT,
      NodePlacementCheck.NO_MATCH,
      HostAccessCheck.HOST_PATH,
      HostAccessCheck.HOST_NETWORK,
      HostAccessCheck.HOST_PID,
      HostAccessCheck.HOST_IPC,
      HostAccessCheck.HOST_PORT,
      HostAccessCheck.DOCKER_SOCKET,
      HostAccessCheck.SENSITIVE_PATH,
      LivenessProbeCheck.IDENTICAL,
      ContainerHardeningCheck.ESCALATION,
      ContainerHardeningCheck.NOT_DROPPED,
      ContainerHardeningCheck.DANGEROUS,
      KernelAccessCheck.PROC_MOUNT,
      KernelAccessCheck.WRITABLE_HOST_MOUNT,
      KernelAccessCheck.PRIVILEGED_PORT,
      KernelAccessCheck.SSH_PORT,
      DisruptionCheck.BLOCKS,
      RbacCheck.CLUSTER_ADMIN,
      ServiceAccountCheck.TOKEN,
      EnvSecretCheck.DUPLICATE,
      ApiVersionCheck.DEPRECATED,
      DuplicateUnitCheck.HOST_FILE,
      NodeCheck.DUPLICATE_PROFILE,
      CniTolerationCheck.CNI_MISSING,
      KubeadmSetupCheck.VERSION_MISSING,
      KubeadmSetupCheck.TOKEN_MISSING,
      KubeadmSetupCheck.ENDPOINT_MISSING,
      KubeadmSetupCheck.CERTIFICATE_KEY_MISSING,
      NodeProfileCheck.CRI_DOCKERD,
      DockerRemovedCheck.OPTION);

  private Checks() {}

  /** Every check id users may name in {@code allow(..)}, sorted. */
  public static Set<String> knownIds() {
    var ids = new TreeSet<String>(EXTRA_IDS);
    BUILT_IN.forEach(check -> ids.add(check.id()));
    ids.add(UNKNOWN_CHECK_ID);
    ids.removeAll(NOT_ALLOWABLE);
    return ids;
  }

  private static final String UNKNOWN_CHECK_ID = "unknown-check-id";

  /** Every id a problem can carry, sorted: {@link #knownIds()} and the ids that are not allowable. */
  public static Set<String> allIds() {
    var ids = new TreeSet<String>(knownIds());
    ids.addAll(NOT_ALLOWABLE);
    return ids;
  }

  /** {@link #run(Cluster, Policy)} under the {@code default} policy profile. */
  public static List<Problem> run(Cluster cluster) {
    return run(cluster, Policy.defaults());
  }

  /**
   * Runs every built-in check on the cluster, sets each policy check's problems to the level
   * {@code policy} gives it (dropping those it turns off), and returns the problems that no allowance
   * covers, sorted by path and check id. An allowance that names no known check is itself an error.
   */
  public static List<Problem> run(Cluster cluster, Policy policy) {
    requireNonNull(policy, "policy");
    var found = new ArrayList<Problem>();
    for (Check check : BUILT_IN) {
      for (Problem problem : check.run(cluster)) {
        var leveled = policy.apply(problem);
        if (leveled != null) {
          found.add(leveled);
        }
      }
    }
    var known = knownIds();
    var problems = new ArrayList<Problem>();
    var reported = new HashSet<String>();
    for (Allowance allowance : cluster.allowances()) {
      // a host profile's allowance stands at the profile and at every node using it: report it once
      if (!known.contains(allowance.checkId()) && reported.add(allowance.checkId() + "\n" + allowance.reason())) {
        problems.add(Problem.error(UNKNOWN_CHECK_ID, allowance.path(),
                "allow(\"" + allowance.checkId() + "\", ..) names no check")
            .hint("known checks: " + String.join(", ", known)));
      }
    }
    problems.addAll(notAllowed(cluster, found));
    problems.sort(null);
    return problems;
  }

  /** The problems no allowance of the cluster covers, in their order; those of a check not allowable stay. */
  public static List<Problem> notAllowed(Cluster cluster, List<Problem> found) {
    var problems = new ArrayList<Problem>(found.size());
    for (Problem problem : found) {
      if (NOT_ALLOWABLE.contains(problem.checkId())
          || cluster.allowances().stream().noneMatch(a -> a.covers(problem.checkId(), problem.path()))) {
        problems.add(problem);
      }
    }
    return problems;
  }
}
