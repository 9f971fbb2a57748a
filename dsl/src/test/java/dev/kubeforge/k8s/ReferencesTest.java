package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
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

  @Test
  void aNetworkPolicyPeerFromANamespaceOrAWorkloadReference() {
    var ops = cluster.namespace("ops");
    var site = web.app("site").image("nginx:1.27.3");
    var agent = ops.daemonApp("agent").image("agent:1.0");
    web.networkPolicy("site-ingress").appliesTo(site.ref())
        .allowIngressFrom(NetworkPeer.namespace(ops.ref()), PortRef.named("http"))
        .allowIngressFrom(NetworkPeer.podsOf(agent.ref()), PortRef.named("http"));
    var policy = cluster.build().objects().stream()
        .filter(object -> object.resource() instanceof NetworkPolicy)
        .map(object -> (NetworkPolicy) object.resource())
        .findFirst().orElseThrow();
    assertEquals("{app.kubernetes.io/name=site}", policy.getSpec().getPodSelector().getMatchLabels().toString());
    var peers = policy.getSpec().getIngress().stream().map(rule -> rule.getFrom().get(0))
        .map(peer -> peer.getNamespaceSelector().getMatchLabels() + " "
            + (peer.getPodSelector() == null ? "all pods" : peer.getPodSelector().getMatchLabels()))
        .toList();
    assertEquals(List.of("{kubernetes.io/metadata.name=ops} all pods",
        "{kubernetes.io/metadata.name=ops} {app.kubernetes.io/name=agent}"), peers);
  }
}
