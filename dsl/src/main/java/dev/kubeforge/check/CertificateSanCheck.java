package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.config.InitConfiguration;
import dev.kubeforge.kubeadm.config.JoinConfiguration;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A control-plane node's address that its API server certificate does not name: clients that reach the
 * API server at that address fail TLS verification. kubeadm names the node's advertise address and
 * {@code apiServer.certSANs}; the derived set-up puts every control-plane address in both, so this finds
 * edits that move the advertise address or replace the SANs.
 */
final class CertificateSanCheck extends KubeadmCheck {

  @Override
  public String id() {
    return "node-address-outside-sans";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    var apiServer = kubeadm.clusterConfiguration().apiServer();
    List<String> sans = apiServer == null || apiServer.certSANs() == null ? List.of() : apiServer.certSANs();
    for (NodeConfig node : kubeadm.nodes()) {
      if (!node.role().controlPlane() || node.node().address().isEmpty()) {
        continue;
      }
      var address = node.node().address().get();
      var advertised = advertiseAddress(node);
      if (!names(sans, address) && !names(advertised == null ? List.of() : List.of(advertised), address)) {
        problems.add(Problem.error(id(), node.path(), "the node's address " + address
                + " is not in its API server certificate, which names " + sans
                + (advertised == null ? "" : " and the advertise address " + advertised))
            .hint("cluster.kubeadm(k -> k.certSANs(\"" + address + "\")), or keep the advertise address at the "
                + "node's address"));
      }
    }
    return problems;
  }

  /** Whether one of {@code texts} is {@code address}, however it is written ({@code fd00:0::1} is {@code fd00::1}). */
  private static boolean names(List<String> texts, IpAddress address) {
    return texts.stream().anyMatch(text -> IpAddress.isValid(text) && IpAddress.parse(text).equals(address));
  }

  private static String advertiseAddress(NodeConfig node) {
    if (node.document() instanceof InitConfiguration init) {
      return init.localAPIEndpoint() == null ? null : init.localAPIEndpoint().advertiseAddress();
    }
    var join = (JoinConfiguration) node.document();
    return join.controlPlane() == null || join.controlPlane().localAPIEndpoint() == null ? null
        : join.controlPlane().localAPIEndpoint().advertiseAddress();
  }
}
