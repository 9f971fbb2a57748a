package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

/**
 * A decision, written in the definition, to accept a check's problems on one object and everything
 * below it.
 *
 * @param path the object the allowance was made on
 * @param checkId the check whose problems are accepted
 * @param reason why; never blank, so that a reviewer can judge it
 */
public record Allowance(ObjectPath path, String checkId, String reason) {

  public Allowance {
    requireNonNull(path, "path");
    requireReason(checkId, reason);
  }

  /** Throws unless {@code reason} is given and not blank, so that {@code allow(checkId, reason)} fails where it is written. */
  public static void requireReason(String checkId, String reason) {
    requireNonNull(checkId, "checkId");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "allow(\"" + checkId + "\", reason) needs a reason a reviewer can judge, was blank");
    }
  }

  /** Whether this allowance covers a problem of check {@code id} at {@code at}: the same check, at or below {@link #path}. */
  public boolean covers(String id, ObjectPath at) {
    return id.equals(checkId) && at.startsWith(path);
  }
}
