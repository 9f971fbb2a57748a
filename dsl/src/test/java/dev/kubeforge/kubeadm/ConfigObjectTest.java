package dev.kubeforge.kubeadm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kubeforge.kubeadm.config.Arg;
import dev.kubeforge.kubeadm.config.BootstrapToken;
import dev.kubeforge.kubeadm.config.BootstrapTokenDiscovery;
import dev.kubeforge.kubeadm.config.ClusterConfiguration;
import dev.kubeforge.kubeadm.config.EncryptionAlgorithm;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.KubeletConfiguration;
import dev.kubeforge.kubeadm.config.LoggingConfiguration;
import dev.kubeforge.kubeadm.config.NodeRegistrationOptions;
import dev.kubeforge.secret.SecretValue;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated configuration blocks: set, read, copy, freeze. */
class ConfigObjectTest {

  @Test
  void fieldsListWhatIsSetInUpstreamOrder() {
    var cluster = ClusterConfiguration.create()
        .kubernetesVersion("v1.31.2")
        .networking(n -> n.podSubnet("10.244.0.0/16"))
        .featureGate("ControlPlaneKubeletLocalMode", true)
        .encryptionAlgorithm(EncryptionAlgorithm.ECDSA_P256);
    assertEquals(List.of("networking", "kubernetesVersion", "featureGates", "encryptionAlgorithm"),
        List.copyOf(cluster.fields().keySet()));
    assertEquals(Map.of("ControlPlaneKubeletLocalMode", true), cluster.featureGates());
    assertNull(cluster.etcd());
    assertEquals("10.244.0.0/16", cluster.networking().podSubnet());
  }

  @Test
  void listsAppendAndAnEmptyListStaysExplicit() {
    var registration = NodeRegistrationOptions.create()
        .kubeletExtraArgs(Arg.of("node-ip", "10.0.0.1"))
        .kubeletExtraArgs(Arg.of("v", "2"))
        .taints(List.of());
    assertEquals(List.of(Arg.of("node-ip", "10.0.0.1"), Arg.of("v", "2")), registration.kubeletExtraArgs());
    assertEquals(List.of(), registration.fields().get("taints"));
    assertThrows(UnsupportedOperationException.class, () -> registration.kubeletExtraArgs().clear());
  }

  @Test
  void settersCheckRanges() {
    assertEquals("port must be in [1, 65535], was 0",
        assertThrows(IllegalArgumentException.class, () -> KubeletConfiguration.create().port(0)).getMessage());
    assertEquals("verbosity must be in [0, 4294967295], was -1",
        assertThrows(IllegalArgumentException.class, () -> LoggingConfiguration.create().verbosity(-1)).getMessage());
  }

  @Test
  void copiesAreDeepAndEqual() {
    var init = InitConfiguration.create()
        .bootstrapToken(BootstrapToken.of(SecretValue.fromEnv("TOKEN")).ttl(Duration.ofHours(2)))
        .nodeRegistration(r -> r.taint(new TaintBuilder().withKey("a").withEffect("NoSchedule").build()));
    var copy = init.copy();
    assertEquals(init, copy);
    copy.nodeRegistration().taints().get(0).setKey("b");
    copy.bootstrapTokens().get(0).description("changed");
    assertEquals("a", init.nodeRegistration().taints().get(0).getKey());
    assertNull(init.bootstrapTokens().get(0).description());
    assertNotEquals(init, copy);
  }

  @Test
  void frozenBlocksRefuseChangesDownTheTree() {
    var cluster = ClusterConfiguration.create().apiServer(a -> a.certSANs("a"));
    cluster.freeze("cluster prod");
    assertEquals("cluster prod is already built",
        assertThrows(IllegalStateException.class, () -> cluster.clusterName("x")).getMessage());
    assertEquals("cluster prod is already built",
        assertThrows(IllegalStateException.class, () -> cluster.apiServer().certSANs("b")).getMessage());
  }

  @Test
  void printsSourcesOfSecretsNeverValues() {
    var discovery = BootstrapTokenDiscovery.create().token(SecretValue.fromEnv("KUBEADM_TOKEN"));
    assertEquals("BootstrapTokenDiscovery{token=SecretValue.fromEnv(KUBEADM_TOKEN)}", discovery.toString());
  }
}
