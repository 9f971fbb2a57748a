package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;

/**
 * The security settings of a whole pod, inherited by each container that does not set its own. Maps to
 * {@code spec.securityContext}; a field left {@code null} is not written.
 *
 * @param runAsUser {@code runAsUser} of every container
 * @param runAsGroup {@code runAsGroup} of every container
 * @param fsGroup {@code fsGroup}: the group that owns mounted volumes
 * @param runAsNonRoot {@code runAsNonRoot} of every container
 * @param seccompProfile {@code seccompProfile.type}, such as {@code RuntimeDefault}, or {@code null}
 */
public record PodSecurity(Long runAsUser, Long runAsGroup, Long fsGroup, Boolean runAsNonRoot,
    String seccompProfile) {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public PodSecurity {
    SecurityContext.requireId("runAsUser", runAsUser);
    SecurityContext.requireId("runAsGroup", runAsGroup);
    SecurityContext.requireId("fsGroup", fsGroup);
  }

  /** Every container runs as {@code uid}; with a UID other than 0 also {@code runAsNonRoot: true}. */
  public static PodSecurity user(long uid) {
    return new PodSecurity(uid, null, null, uid == 0 ? null : Boolean.TRUE, null);
  }

  /** Every container must run as a non-root user ({@code runAsNonRoot: true}). */
  public static PodSecurity nonRoot() {
    return new PodSecurity(null, null, null, true, null);
  }

  /** Returns a copy with {@code runAsGroup} set. */
  public PodSecurity group(long gid) {
    return new PodSecurity(runAsUser, gid, fsGroup, runAsNonRoot, seccompProfile);
  }

  /** Returns a copy with {@code fsGroup} set: mounted volumes are made writable by that group. */
  public PodSecurity fsGroup(long gid) {
    return new PodSecurity(runAsUser, runAsGroup, gid, runAsNonRoot, seccompProfile);
  }

  /** Returns a copy with the container runtime's default seccomp profile ({@code seccompProfile.type: RuntimeDefault}). */
  public PodSecurity seccompRuntimeDefault() {
    return new PodSecurity(runAsUser, runAsGroup, fsGroup, runAsNonRoot, "RuntimeDefault");
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
    return context;
  }
}
