package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * Containers without an image (an error: the pod cannot start) and images without a pinned tag or
 * digest (a warning, {@code image-tag-latest}: the same manifest may run different code tomorrow).
 */
final class ContainerImageCheck implements Check {

  static final String LATEST = "image-tag-latest";

  @Override
  public String id() {
    return "missing-image";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        var image = at.container().getImage();
        if (image == null || image.isBlank()) {
          problems.add(Problem.error(id(), at.path(), "no image set")
              .hint(".image(\"registry/name:tag\")"));
        } else if (!pinned(image)) {
          problems.add(Problem.warning(LATEST, at.path(),
                  "image '" + image + "' has no pinned tag, so each pull may run different code")
              .hint("pin a version tag or a digest, such as nginx:1.27.3"));
        }
      }
    }
    return problems;
  }

  private static boolean pinned(String image) {
    if (image.contains("@")) {
      return true;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash && !image.substring(colon + 1).equals("latest");
  }
}
