package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Cidr;
import dev.kubeforge.core.IpAddress;
import dev.kubeforge.kubeadm.Kubeadm;
import dev.kubeforge.kubeadm.NodeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod subnet and the Service subnet overlap each other, or a node's address lies in one of them:
 * packets to those addresses would be routed into the cluster network instead of to the node. Reads the
 * ranges of the final ClusterConfiguration, so kubeadm's default Service subnet counts when none is set.
 */
final class SubnetOverlapCheck extends KubeadmCheck {

  @Override
  public String id() {
    return "subnet-overlap";
  }

  @Override
  List<Problem> run(Cluster cluster, Kubeadm kubeadm) {
    var problems = new ArrayList<Problem>();
    var podRanges = kubeadm.podSubnet();
    boolean defaulted = kubeadm.serviceSubnet().isEmpty();
    var serviceRanges = defaulted ? List.of(Kubeadm.DEFAULT_SERVICE_SUBNET) : kubeadm.serviceSubnet();
    var serviceName = "the Service subnet " + Cidr.join(serviceRanges) + (defaulted ? " (kubeadm's default)" : "");
    var path = kubeadm.path().field("networking");
    for (Cidr pod : podRanges) {
      for (Cidr service : serviceRanges) {
        if (pod.overlaps(service)) {
          problems.add(Problem.error(id(), path, "the pod subnet " + pod + " overlaps " + serviceName)
              .hint("give pods and Services disjoint ranges, such as podSubnet(\"10.244.0.0/16\") with "
                  + "serviceSubnet(\"10.96.0.0/12\")"));
        }
      }
    }
    for (NodeConfig node : kubeadm.nodes()) {
      if (node.node().address().isEmpty()) {
        continue;
      }
      var address = node.node().address().get();
      podRanges.stream().filter(range -> range.contains(address)).findFirst().ifPresent(range ->
          problems.add(nodeInside(node, address, "the pod subnet " + range)));
      serviceRanges.stream().filter(range -> range.contains(address)).findFirst().ifPresent(range ->
          problems.add(nodeInside(node, address, serviceName)));
    }
    return problems;
  }

  private Problem nodeInside(NodeConfig node, IpAddress address, String range) {
    return Problem.error(id(), node.path(), "the node's address " + address + " lies in " + range)
        .hint("choose cluster ranges outside the nodes' network, with cluster.kubeadm(k -> k.podSubnet(..)"
            + ".serviceSubnet(..))");
  }
}
