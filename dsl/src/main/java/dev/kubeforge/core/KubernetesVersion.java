package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The Kubernetes release a cluster runs, such as {@code 1.31} (the newest patch of 1.31) or
 * {@code 1.31.2} (exactly that patch). It pins the kubelet, kubeadm and kubectl packages and the
 * control plane's {@code kubernetesVersion}.
 *
 * @param minor the minor release of Kubernetes 1, such as 31
 * @param patch the patch release, or empty for the newest one of the minor release
 */
public record KubernetesVersion(int minor, OptionalInt patch) implements Comparable<KubernetesVersion> {

  private static final Pattern FORMAT = Pattern.compile("v?1\\.(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?");

  public KubernetesVersion {
    requireNonNull(patch, "patch");
    if (minor < 0 || patch.isPresent() && patch.getAsInt() < 0) {
      throw new IllegalArgumentException("a Kubernetes version has no negative parts: 1." + minor + "." + patch);
    }
  }

  /** Parses {@code 1.31}, {@code 1.31.2} or {@code v1.31.2}. */
  public static KubernetesVersion of(String version) {
    requireNonNull(version, "version");
    var matcher = FORMAT.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a Kubernetes version: '" + version + "' (1.MINOR or 1.MINOR.PATCH)");
    }
    var patch = matcher.group(2);
    return new KubernetesVersion(Integer.parseInt(matcher.group(1)),
        patch == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(patch)));
  }

  /** How many minor releases {@code other} is behind this version; negative when it is ahead. */
  public int minorsAhead(KubernetesVersion other) {
    return minor - other.minor;
  }

  /** Orders by minor release, then patch; a version without patch sorts after every patch of its minor. */
  @Override
  public int compareTo(KubernetesVersion other) {
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch.orElse(Integer.MAX_VALUE), other.patch.orElse(Integer.MAX_VALUE));
  }

  /** {@code 1.31} or {@code 1.31.2}. */
  @Override
  public String toString() {
    return patch.isPresent() ? "1." + minor + "." + patch.getAsInt() : "1." + minor;
  }
}
