package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.PullPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for an image pulled by tag with a pull policy other than {@code Always}: a node keeps the
 * image it pulled first, so after a tag is pushed again nodes run different code under one manifest,
 * and a pod can start from an image its pull secret no longer grants. An image pinned by digest is the
 * same everywhere and is not checked.
 */
final class ImagePullPolicyCheck implements Check {

  static final String ID = "image-pull-policy";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var image = at.container().getImage();
        if (image == null || image.isBlank() || image.contains("@")) {
          continue;
        }
        var policy = at.container().getImagePullPolicy();
        var effective = policy != null ? policy : PullPolicy.defaultFor(image).value();
        if (effective.equals(PullPolicy.ALWAYS.value())) {
          continue;
        }
        problems.add(Problem.warning(ID, at.path(), "container " + at.container().getName() + " pulls '" + image
                + "' by tag with pull policy " + (policy == null ? "unset (" + effective + " for a tag)" : policy)
                + ": a node keeps the image it pulled first, even after the tag moves")
            .hint(".imagePullPolicy(PullPolicy.ALWAYS), or pin the image by digest, or allow(\"" + ID
                + "\", reason)"));
      }
    }
    return problems;
  }
}
