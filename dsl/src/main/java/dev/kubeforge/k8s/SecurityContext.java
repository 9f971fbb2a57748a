package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.AppArmorProfile;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A container's security settings. Maps to {@code containers[].securityContext}; a field left
 * {@code null} is not written and Kubernetes (or the pod's {@link PodSecurity}) decides.
 *
 * @param runAsUser {@code runAsUser}, the UID the process runs as
 * @param runAsGroup {@code runAsGroup}, the primary GID
 * @param runAsNonRoot {@code runAsNonRoot}: the kubelet refuses to start the container as UID 0
 * @param privileged {@code privileged}: the container gets every device and capability of the node
 * @param readOnlyRootFilesystem {@code readOnlyRootFilesystem}
 * @param allowPrivilegeEscalation {@code allowPrivilegeEscalation} (setuid binaries, {@code no_new_privs})
 * @param addCapabilities {@code capabilities.add}, such as {@code NET_ADMIN}
 * @param dropCapabilities {@code capabilities.drop}, such as {@code ALL}
 * @param seccompProfile {@code seccompProfile.type} of this container ({@code RuntimeDefault},
 *     {@code Localhost} or {@code Unconfined}), or {@code null} for the pod's
 * @param seccompLocalhostProfile {@code seccompProfile.localhostProfile}, a path relative to the kubelet's
 *     seccomp directory, set with type {@code Localhost} only
 * @param appArmorProfile {@code appArmorProfile.type} of this container ({@code RuntimeDefault},
 *     {@code Localhost} or {@code Unconfined}), or {@code null} for the pod's
 * @param appArmorLocalhostProfile {@code appArmorProfile.localhostProfile}, the name of a profile loaded
 *     on the node, set with type {@code Localhost} only
 * @param seLinux {@code seLinuxOptions}, or {@code null} for the pod's
 * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Security context</a>
 */
public record SecurityContext(
    Long runAsUser,
    Long runAsGroup,
    Boolean runAsNonRoot,
    Boolean privileged,
    Boolean readOnlyRootFilesystem,
    Boolean allowPrivilegeEscalation,
    List<String> addCapabilities,
    List<String> dropCapabilities,
    String seccompProfile,
    String seccompLocalhostProfile,
    String appArmorProfile,
    String appArmorLocalhostProfile,
    SeLinux seLinux) {

  private static final Pattern CAPABILITY = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public SecurityContext {
    requireId("runAsUser", runAsUser);
    requireId("runAsGroup", runAsGroup);
    addCapabilities = capabilities(addCapabilities);
    dropCapabilities = capabilities(dropCapabilities);
    if ((seccompLocalhostProfile != null) != "Localhost".equals(seccompProfile)) {
      throw new IllegalArgumentException("a seccomp localhostProfile goes with type Localhost, and only with it: type "
          + seccompProfile + ", localhostProfile " + seccompLocalhostProfile);
    }
    if (seccompProfile != null && !List.of("RuntimeDefault", "Localhost", "Unconfined").contains(seccompProfile)) {
      throw new IllegalArgumentException("not a seccomp profile type: '" + seccompProfile
          + "' (RuntimeDefault, Localhost or Unconfined)");
    }
    requireAppArmor(appArmorProfile, appArmorLocalhostProfile);
  }

  /** Runs the process as {@code uid} ({@code runAsUser}); with a UID other than 0 also sets {@code runAsNonRoot: true}. */
  public static SecurityContext user(long uid) {
    return new SecurityContext(uid, null, uid == 0 ? null : Boolean.TRUE, null, null, null, List.of(), List.of(),
        null, null, null, null, null);
  }

  /** Only requires a non-root user ({@code runAsNonRoot: true}); the image's user must then not be root. */
  public static SecurityContext nonRoot() {
    return new SecurityContext(null, null, true, null, null, null, List.of(), List.of(),
        null, null, null, null, null);
  }

  /**
   * A privileged container ({@code privileged: true}), as a Docker-in-Docker build agent needs. Reported
   * by the {@code privileged-container} warning.
   */
  public static SecurityContext privilegedContainer() {
    return new SecurityContext(null, null, null, true, null, null, List.of(), List.of(),
        null, null, null, null, null);
  }

  /**
   * What the {@code restricted} Pod Security Standard asks of a container: runs as {@code uid} (not 0),
   * {@code runAsNonRoot: true}, {@code allowPrivilegeEscalation: false}, every capability dropped.
   */
  public static SecurityContext restricted(long uid) {
    if (uid == 0) {
      throw new IllegalArgumentException("a restricted container cannot run as UID 0");
    }
    return new SecurityContext(uid, null, true, null, null, false, List.of(), List.of("ALL"),
        null, null, null, null, null);
  }

  /** Returns a copy with {@code runAsGroup} set. */
  public SecurityContext group(long gid) {
    return new SecurityContext(runAsUser, gid, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, addCapabilities, dropCapabilities, seccompProfile, seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  /** Returns a copy with {@code readOnlyRootFilesystem: true}. */
  public SecurityContext readOnlyRoot() {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, true,
        allowPrivilegeEscalation, addCapabilities, dropCapabilities, seccompProfile, seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  /** Returns a copy with {@code allowPrivilegeEscalation: false}. */
  public SecurityContext noPrivilegeEscalation() {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        false, addCapabilities, dropCapabilities, seccompProfile, seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  /** Returns a copy that also adds these capabilities ({@code capabilities.add}), without the {@code CAP_} prefix. */
  public SecurityContext addCapabilities(String... capabilities) {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, concat(addCapabilities, capabilities), dropCapabilities, seccompProfile,
        seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  /** Returns a copy that also drops these capabilities ({@code capabilities.drop}); {@code "ALL"} drops every one. */
  public SecurityContext dropCapabilities(String... capabilities) {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, addCapabilities, concat(dropCapabilities, capabilities), seccompProfile,
        seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  /**
   * Returns a copy with the container runtime's default seccomp profile for this container
   * ({@code seccompProfile.type: RuntimeDefault}).
   */
  public SecurityContext seccompRuntimeDefault() {
    return seccomp("RuntimeDefault", null);
  }

  /**
   * Returns a copy that runs this container under the seccomp profile at {@code profile} on the node,
   * relative to the kubelet's seccomp directory ({@code seccompProfile.type: Localhost},
   * {@code localhostProfile}), such as {@code profiles/audit.json}.
   */
  public SecurityContext seccompLocalhost(String profile) {
    requireNonNull(profile, "profile");
    if (profile.isEmpty() || profile.startsWith("/") || List.of(profile.split("/")).contains("..")) {
      throw new IllegalArgumentException("a seccomp localhostProfile is a relative path without '..', was '"
          + profile + "'");
    }
    return seccomp("Localhost", profile);
  }

  /** Returns a copy that runs this container without seccomp filtering ({@code seccompProfile.type: Unconfined}). */
  public SecurityContext seccompUnconfined() {
    return seccomp("Unconfined", null);
  }

  /** Returns a copy with the container runtime's default AppArmor profile ({@code appArmorProfile.type: RuntimeDefault}). */
  public SecurityContext appArmorRuntimeDefault() {
    return appArmor("RuntimeDefault", null);
  }

  /**
   * Returns a copy that confines this container with the AppArmor profile {@code profile}, loaded on the
   * node ({@code appArmorProfile.type: Localhost}, {@code localhostProfile}), such as {@code k8s-nginx}.
   */
  public SecurityContext appArmorLocalhost(String profile) {
    return appArmor("Localhost", requireNonNull(profile, "profile"));
  }

  /** Returns a copy that runs this container without AppArmor ({@code appArmorProfile.type: Unconfined}). */
  public SecurityContext appArmorUnconfined() {
    return appArmor("Unconfined", null);
  }

  /** Returns a copy with the container's SELinux context ({@code seLinuxOptions}). */
  public SecurityContext seLinux(SeLinux context) {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, addCapabilities, dropCapabilities, seccompProfile, seccompLocalhostProfile,
        appArmorProfile, appArmorLocalhostProfile, requireNonNull(context, "context"));
  }

  private SecurityContext appArmor(String type, String localhostProfile) {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, addCapabilities, dropCapabilities, seccompProfile, seccompLocalhostProfile, type,
        localhostProfile, seLinux);
  }

  private SecurityContext seccomp(String type, String localhostProfile) {
    return new SecurityContext(runAsUser, runAsGroup, runAsNonRoot, privileged, readOnlyRootFilesystem,
        allowPrivilegeEscalation, addCapabilities, dropCapabilities, type, localhostProfile,
        appArmorProfile, appArmorLocalhostProfile, seLinux);
  }

  io.fabric8.kubernetes.api.model.SecurityContext expand() {
    var context = new io.fabric8.kubernetes.api.model.SecurityContext();
    context.setRunAsUser(runAsUser);
    context.setRunAsGroup(runAsGroup);
    context.setRunAsNonRoot(runAsNonRoot);
    context.setPrivileged(privileged);
    context.setReadOnlyRootFilesystem(readOnlyRootFilesystem);
    context.setAllowPrivilegeEscalation(allowPrivilegeEscalation);
    if (!addCapabilities.isEmpty() || !dropCapabilities.isEmpty()) {
      var capabilities = new Capabilities();
      capabilities.setAdd(new ArrayList<>(addCapabilities));
      capabilities.setDrop(new ArrayList<>(dropCapabilities));
      context.setCapabilities(capabilities);
    }
    if (seccompProfile != null) {
      var profile = new SeccompProfile();
      profile.setType(seccompProfile);
      profile.setLocalhostProfile(seccompLocalhostProfile);
      context.setSeccompProfile(profile);
    }
    if (appArmorProfile != null) {
      context.setAppArmorProfile(new AppArmorProfile(appArmorLocalhostProfile, appArmorProfile));
    }
    context.setSeLinuxOptions(seLinux == null ? null : seLinux.expand());
    return context;
  }

  /** Checks an AppArmor profile: a known type, and a profile name with type Localhost only. */
  static void requireAppArmor(String type, String localhostProfile) {
    if (type != null && !List.of("RuntimeDefault", "Localhost", "Unconfined").contains(type)) {
      throw new IllegalArgumentException("not an AppArmor profile type: '" + type
          + "' (RuntimeDefault, Localhost or Unconfined)");
    }
    if ((localhostProfile != null) != "Localhost".equals(type)) {
      throw new IllegalArgumentException("an AppArmor localhostProfile goes with type Localhost, and only with it: type "
          + type + ", localhostProfile " + localhostProfile);
    }
    if (localhostProfile != null && (localhostProfile.isBlank()
        || localhostProfile.chars().anyMatch(Character::isWhitespace))) {
      throw new IllegalArgumentException("an AppArmor profile name is non-blank without spaces, was '"
          + localhostProfile + "'");
    }
  }

  static void requireId(String what, Long id) {
    if (id != null && id < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, was " + id);
    }
  }

  private static List<String> capabilities(List<String> capabilities) {
    var copy = List.copyOf(capabilities);
    for (String capability : copy) {
      if (!CAPABILITY.matcher(capability).matches() || capability.startsWith("CAP_")) {
        throw new IllegalArgumentException("not a capability name: '" + capability
            + "' (upper case without the CAP_ prefix, such as NET_ADMIN)");
      }
    }
    return copy;
  }

  private static List<String> concat(List<String> list, String... more) {
    var all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }
}
