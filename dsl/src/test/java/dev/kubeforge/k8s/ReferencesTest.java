package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References are values taken from the construct they point to: equal when they name the same object. */
class ReferencesTest {

  private final Cluster.Builder cluster = Cluster.named("prod");
  private final Namespace.Builder web = cluster.namespace("web");

  @Test
  void eachConstructGivesAValueNamingIt() {
    assertEquals(new ServiceAccountRef("web", "robot"), web.serviceAccount("robot").ref());
    assertEquals(new NamespaceRoleRef("web", "deployer"), web.role("deployer").ref());
    assertEquals(new NamespaceRef("web"), web.ref());
    assertEquals(new WorkloadRef("app", "web", "site"), web.app("site").ref());
    assertEquals(new WorkloadRef("daemonApp", "web", "agent"), web.daemonApp("agent").ref());
    assertEquals(new PvcRef("web", "data"), web.pvc("data", Size.gib(1)).ref());
    assertEquals(new ClusterRoleRef.Declared("reader"), cluster.clusterRole("reader").ref());
    assertEquals(new PriorityClassRef.Declared("batch"), cluster.priorityClass("batch", 1000).ref());
    assertNotEquals(new ServiceAccountRef("ops", "robot"), web.serviceAccount("robot").ref());
  }

  @Test
  void aDeclaredClusterRoleAndABuiltInOneAreGrantedByName() {
    var robot = web.serviceAccount("robot").ref();
    cluster.clusterRoleBinding("robot-reads", cluster.clusterRole("reader").ref()).serviceAccount(robot);
    cluster.clusterRoleBinding("robot-views", ClusterRoleRef.VIEW).serviceAccount(robot);
    var roles = cluster.build().objects().stream()
        .filter(object -> object.resource() instanceof ClusterRoleBinding)
        .map(object -> ((ClusterRoleBinding) object.resource()))
        .map(binding -> binding.getRoleRef().getName() + " to " + binding.getSubjects().get(0).getNamespace() + "/"
            + binding.getSubjects().get(0).getName())
        .toList();
    assertEquals(List.of("reader to web/robot", "view to web/robot"), roles);
  }
}
