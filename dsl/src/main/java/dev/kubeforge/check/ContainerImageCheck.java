package dev.kubeforge.check;

import dev.kubeforge.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.Container;
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
    for (KubeObject object : cluster.objects()) {
      var template = Workloads.podTemplate(object.resource());
      if (template == null || template.getSpec() == null) {
        continue;
      }
      var containers = new ArrayList<Container>();
      if (template.getSpec().getInitContainers() != null) {
        containers.addAll(template.getSpec().getInitContainers());
      }
      if (template.getSpec().getContainers() != null) {
        containers.addAll(template.getSpec().getContainers());
      }
      for (Container container : containers) {
        var path = object.path().field("container " + container.getName());
        var image = container.getImage();
        if (image == null || image.isBlank()) {
          problems.add(Problem.error(id(), path, "no image set")
              .hint(".image(\"registry/name:tag\")"));
        } else if (!pinned(image)) {
          problems.add(Problem.warning(LATEST, path,
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
