package dev.kubeforge.check;

import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.k8s.KubeObject;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Claims that no StorageClass would serve, and more than one default class. A claim (a PVC, or a
 * StatefulSet's volume claim template) that names a class the cluster does not declare never binds; one
 * that names no class (and no volume) binds only when a default class exists. Two default classes make
 * the class of such claims a matter of chance. A class declared {@code cluster.external(..)} counts as
 * declared.
 */
final class StorageClassCheck implements Check {

  static final String MULTIPLE_DEFAULTS = "multiple-default-storage-classes";

  private static final List<String> DEFAULT_ANNOTATIONS = List.of(
      "storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class");

  @Override
  public String id() {
    return "unknown-storage-class";
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    var classes = new TreeSet<String>();
    KubeObject firstDefault = null;
    for (KubeObject object : cluster.objects()) {
      if (!(object.readOnlyResource() instanceof StorageClass storageClass)) {
        continue;
      }
      classes.add(object.name());
      if (!isDefault(storageClass)) {
        continue;
      }
      if (firstDefault == null) {
        firstDefault = object;
      } else {
        problems.add(Problem.error(MULTIPLE_DEFAULTS, object.path(), "StorageClass '" + object.name()
                + "' is a default class, and so is '" + firstDefault.name()
                + "'; claims without a class would get either")
            .hint("mark one class only with .defaultClass()"));
      }
    }
    cluster.externalStorageClasses().forEach(external -> classes.add(external.name()));
    boolean hasDefault = firstDefault != null;
    for (KubeObject object : cluster.objects()) {
      if (object.readOnlyResource() instanceof PersistentVolumeClaim claim) {
        check(object.path(), "PersistentVolumeClaim '" + object.name() + "'", claim, classes, hasDefault, problems);
      } else if (object.readOnlyResource() instanceof StatefulSet statefulSet && statefulSet.getSpec() != null
          && statefulSet.getSpec().getVolumeClaimTemplates() != null) {
        for (PersistentVolumeClaim template : statefulSet.getSpec().getVolumeClaimTemplates()) {
          var name = template.getMetadata() == null ? "" : template.getMetadata().getName();
          check(object.path().field("claim template " + name), "claim template '" + name + "'", template, classes,
              hasDefault, problems);
        }
      }
    }
    return problems;
  }

  private void check(ObjectPath path, String what, PersistentVolumeClaim claim, TreeSet<String> classes,
      boolean hasDefault, List<Problem> problems) {
    var spec = claim.getSpec();
    var storageClass = spec == null ? null : spec.getStorageClassName();
    if (storageClass != null && !storageClass.isEmpty() && !classes.contains(storageClass)) {
      problems.add(Problem.error(id(), path, what + " names StorageClass '" + storageClass
              + "', which the cluster does not declare (declared: " + classes + ")")
          .hint("declare it with cluster.storageClass(\"" + storageClass + "\", provisioner), or allow(\"" + id()
              + "\", reason) for a class the platform provides"));
    } else if (storageClass == null && !hasDefault && (spec == null || spec.getVolumeName() == null)) {
      problems.add(Problem.error(id(), path, what + " names no StorageClass and the cluster declares no default "
              + "class, so nothing would provision its volume (declared: " + classes + ")")
          .hint("set .storageClass(..) on the claim, or mark a class with .defaultClass()"));
    }
  }

  private static boolean isDefault(StorageClass storageClass) {
    var metadata = storageClass.getMetadata();
    if (metadata == null || metadata.getAnnotations() == null) {
      return false;
    }
    return DEFAULT_ANNOTATIONS.stream().anyMatch(a -> "true".equals(metadata.getAnnotations().get(a)));
  }
}
