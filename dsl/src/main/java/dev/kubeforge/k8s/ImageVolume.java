package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import dev.kubeforge.core.PullPolicy;
import io.fabric8.kubernetes.api.model.ImageVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * The files of an OCI image or artifact mounted read-only, such as a model or a plugin bundle:
 * {@code ImageVolume.of("model", "registry.lan/models/llama:3")}. Maps to {@code volumes[].image}; needs
 * Kubernetes 1.33 or later with the ImageVolume feature and a runtime that supports it.
 *
 * @param volumeName the volume's name in the pod
 * @param reference {@code reference}, the image
 * @param pullPolicy {@code pullPolicy}; written out, as for containers
 * @see <a href="https://kubernetes.io/docs/concepts/storage/volumes/#image">image volumes</a>
 */
public record ImageVolume(String volumeName, String reference, PullPolicy pullPolicy) implements VolumeSource {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public ImageVolume {
    Names.requireDns1123Label("volume name", volumeName);
    requireNonNull(reference, "reference");
    requireNonNull(pullPolicy, "pullPolicy");
    if (reference.isBlank() || reference.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("an image reference is non-blank without spaces: '" + reference + "'");
    }
  }

  /**
   * The image {@code reference}, pulled as Kubernetes does by default: {@code Always} for an untagged or
   * {@code :latest} image, {@code IfNotPresent} otherwise.
   */
  public static ImageVolume of(String volumeName, String reference) {
    return new ImageVolume(volumeName, reference, PullPolicy.defaultFor(requireNonNull(reference, "reference")));
  }

  /** Returns a copy with {@code pullPolicy} set. */
  public ImageVolume pullPolicy(PullPolicy policy) {
    return new ImageVolume(volumeName, reference, requireNonNull(policy, "policy"));
  }

  void describe(Volume volume) {
    volume.setImage(new ImageVolumeSource(pullPolicy.value(), reference));
  }
}
