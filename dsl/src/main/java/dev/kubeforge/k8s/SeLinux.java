package dev.kubeforge.k8s;

import io.fabric8.kubernetes.api.model.SELinuxOptions;

/**
 * The SELinux context of a container or pod: {@code SeLinux.level("s0:c123,c456")}. Maps to
 * {@code seLinuxOptions}; a part left {@code null} keeps the runtime's.
 *
 * @param user {@code user}, such as {@code system_u}
 * @param role {@code role}, such as {@code system_r}
 * @param type {@code type}, such as {@code spc_t}
 * @param level {@code level}, the MCS/MLS level such as {@code s0:c123,c456}
 * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container">SELinux labels</a>
 */
public record SeLinux(String user, String role, String type, String level) {

  /** Checks the values; a blank part or one with whitespace throws {@link IllegalArgumentException}. */
  public SeLinux {
    part("user", user);
    part("role", role);
    part("type", type);
    part("level", level);
    if (user == null && role == null && type == null && level == null) {
      throw new IllegalArgumentException("an SELinux context sets at least one of user, role, type and level");
    }
  }

  /** Only the level ({@code level}), as a pod's MCS categories. */
  public static SeLinux level(String level) {
    return new SeLinux(null, null, null, level);
  }

  /** Only the type ({@code type}), such as {@code spc_t} for a super-privileged container. */
  public static SeLinux type(String type) {
    return new SeLinux(null, null, type, null);
  }

  /** Returns a copy with {@code user} set. */
  public SeLinux user(String user) {
    return new SeLinux(user, role, type, level);
  }

  /** Returns a copy with {@code role} set. */
  public SeLinux role(String role) {
    return new SeLinux(user, role, type, level);
  }

  SELinuxOptions expand() {
    return new SELinuxOptions(level, role, type, user);
  }

  private static void part(String what, String value) {
    if (value != null && (value.isBlank() || value.chars().anyMatch(Character::isWhitespace))) {
      throw new IllegalArgumentException("SELinux " + what + " must be non-blank without spaces, was '" + value + "'");
    }
  }
}
