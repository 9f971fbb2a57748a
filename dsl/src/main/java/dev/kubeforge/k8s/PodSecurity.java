package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.AppArmorProfile;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Sysctl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The security settings of a whole pod, inherited by each container that does not set its own. Maps to
 * {@code spec.securityContext}; a field left {@code null} (or empty) is not written.
 *
 * @param runAsUser {@code runAsUser} of every container
 * @param runAsGroup {@code runAsGroup} of every container
 * @param fsGroup {@code fsGroup}: the group that owns mounted volumes
 * @param runAsNonRoot {@code runAsNonRoot} of every container
 * @param seccompProfile {@code seccompProfile.type}, such as {@code RuntimeDefault}, or {@code null}
 * @param appArmorProfile {@code appArmorProfile.type} of every container, or {@code null}
 * @param appArmorLocalhostProfile {@code appArmorProfile.localhostProfile}, with type {@code Localhost} only
 * @param seLinux {@code seLinuxOptions} of every container, or {@code null}
 * @param supplementalGroups {@code supplementalGroups}: more GIDs of every container's first process, sorted
 * @param supplementalGroupsStrict whether only those groups apply ({@code supplementalGroupsPolicy: Strict}),
 *     not also the image's {@code /etc/group} ones ({@code Merge}, the default)
 * @param sysctls {@code sysctls}: namespaced kernel parameters of the pod, by name
 * @param fsGroupChangeOnMismatch whether volume ownership is changed only when the volume's root does not
 *     match ({@code fsGroupChangePolicy: OnRootMismatch}) rather than on every mount ({@code Always})
 * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Security context</a>
 */
public record PodSecurity(Long runAsUser, Long runAsGroup, Long fsGroup, Boolean runAsNonRoot,
    String seccompProfile, String appArmorProfile, String appArmorLocalhostProfile, SeLinux seLinux,
    SortedSet<Long> supplementalGroups, boolean supplementalGroupsStrict, SortedMap<String, String> sysctls,
    boolean fsGroupChangeOnMismatch) {

  /** A kernel parameter name: dot- or slash-separated lowercase words. */
  private static final Pattern SYSCTL = Pattern.compile("[a-z0-9]([-_a-z0-9]*[a-z0-9])?([./][a-z0-9]([-_a-z0-9]*[a-z0-9])?)*");

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public PodSecurity {
    SecurityContext.requireId("runAsUser", runAsUser);
    SecurityContext.requireId("runAsGroup", runAsGroup);
    SecurityContext.requireId("fsGroup", fsGroup);
    SecurityContext.requireAppArmor(appArmorProfile, appArmorLocalhostProfile);
    supplementalGroups = Collections.unmodifiableSortedSet(new TreeSet<>(supplementalGroups));
    supplementalGroups.forEach(gid -> SecurityContext.requireId("supplementalGroups", gid));
    sysctls = Collections.unmodifiableSortedMap(new TreeMap<>(sysctls));
    sysctls.forEach((name, value) -> {
      if (!SYSCTL.matcher(name).matches()) {
        throw new IllegalArgumentException("not a sysctl name: '" + name + "' (such as net.ipv4.ip_unprivileged_port_start)");
      }
      Names.requireText("sysctl " + name + " value", value);
    });
  }

  /** Every container runs as {@code uid}; with a UID other than 0 also {@code runAsNonRoot: true}. */
  public static PodSecurity user(long uid) {
    return new PodSecurity(uid, null, null, uid == 0 ? null : Boolean.TRUE, null, null, null, null, new TreeSet<>(),
        false, new TreeMap<>(), false);
  }

  /** Every container must run as a non-root user ({@code runAsNonRoot: true}). */
  public static PodSecurity nonRoot() {
    return new PodSecurity(null, null, null, true, null, null, null, null, new TreeSet<>(), false, new TreeMap<>(),
        false);
  }

  /** Returns a copy with {@code runAsGroup} set. */
  public PodSecurity group(long gid) {
    return new PodSecurity(runAsUser, gid, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, supplementalGroupsStrict, sysctls, fsGroupChangeOnMismatch);
  }

  /** Returns a copy with {@code fsGroup} set: mounted volumes are made writable by that group. */
  public PodSecurity fsGroup(long gid) {
    return new PodSecurity(runAsUser, runAsGroup, gid, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, supplementalGroupsStrict, sysctls, fsGroupChangeOnMismatch);
  }

  /**
   * Returns a copy that changes the ownership of a volume to {@code fsGroup} only when its root does not
   * match already ({@code fsGroupChangePolicy: OnRootMismatch}), which keeps large volumes fast to mount.
   * Defaults to {@code Always}.
   */
  public PodSecurity fsGroupOnRootMismatch() {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, supplementalGroupsStrict, sysctls, true);
  }

  /** Returns a copy with the container runtime's default seccomp profile ({@code seccompProfile.type: RuntimeDefault}). */
  public PodSecurity seccompRuntimeDefault() {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, "RuntimeDefault", appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, supplementalGroupsStrict, sysctls, fsGroupChangeOnMismatch);
  }

  /** Returns a copy with the runtime's default AppArmor profile for every container ({@code appArmorProfile.type: RuntimeDefault}). */
  public PodSecurity appArmorRuntimeDefault() {
    return appArmor("RuntimeDefault", null);
  }

  /** Returns a copy that confines every container with the AppArmor profile {@code profile} loaded on the node ({@code Localhost}). */
  public PodSecurity appArmorLocalhost(String profile) {
    return appArmor("Localhost", requireNonNull(profile, "profile"));
  }

  /** Returns a copy with the SELinux context of every container ({@code seLinuxOptions}). */
  public PodSecurity seLinux(SeLinux context) {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, requireNonNull(context, "context"), supplementalGroups, supplementalGroupsStrict,
        sysctls, fsGroupChangeOnMismatch);
  }

  /** Returns a copy that also gives every container's first process these groups ({@code supplementalGroups}). */
  public PodSecurity supplementalGroups(long... gids) {
    var all = new TreeSet<>(supplementalGroups);
    for (long gid : gids) {
      all.add(gid);
    }
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, all, supplementalGroupsStrict, sysctls, fsGroupChangeOnMismatch);
  }

  /**
   * Returns a copy where the containers get only the groups set here, not also those the image's
   * {@code /etc/group} gives their user ({@code supplementalGroupsPolicy: Strict}). Defaults to {@code Merge}.
   */
  public PodSecurity strictSupplementalGroups() {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, true, sysctls, fsGroupChangeOnMismatch);
  }

  /**
   * Returns a copy with a namespaced kernel parameter set for the pod ({@code sysctls[]}), such as
   * {@code sysctl("net.ipv4.ip_unprivileged_port_start", "0")}; replaces one of that name. Parameters
   * outside the kubelet's safe set need {@code --allowed-unsafe-sysctls}.
   *
   * @see <a href="https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/">sysctls in a cluster</a>
   */
  public PodSecurity sysctl(String name, String value) {
    var all = new TreeMap<>(sysctls);
    all.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, appArmorProfile,
        appArmorLocalhostProfile, seLinux, supplementalGroups, supplementalGroupsStrict, all, fsGroupChangeOnMismatch);
  }

  private PodSecurity appArmor(String type, String localhostProfile) {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, seccompProfile, type, localhostProfile,
        seLinux, supplementalGroups, supplementalGroupsStrict, sysctls, fsGroupChangeOnMismatch);
  }

  PodSecurityContext expand() {
    var context = new PodSecurityContext();
    context.setRunAsUser(runAsUser);
    context.setRunAsGroup(runAsGroup);
    context.setFsGroup(fsGroup);
    context.setRunAsNonRoot(runAsNonRoot);
    if (seccompProfile != null) {
      var profile = new SeccompProfile();
      profile.setType(seccompProfile);
      context.setSeccompProfile(profile);
    }
    if (appArmorProfile != null) {
      context.setAppArmorProfile(new AppArmorProfile(appArmorLocalhostProfile, appArmorProfile));
    }
    context.setSeLinuxOptions(seLinux == null ? null : seLinux.expand());
    context.setSupplementalGroups(new ArrayList<>(supplementalGroups));
    context.setSupplementalGroupsPolicy(supplementalGroupsStrict ? "Strict" : null);
    var list = new ArrayList<Sysctl>(sysctls.size());
    sysctls.forEach((name, value) -> list.add(new Sysctl(name, value)));
    context.setSysctls(list);
    context.setFsGroupChangePolicy(fsGroupChangeOnMismatch ? "OnRootMismatch" : null);
    return context;
  }
}
