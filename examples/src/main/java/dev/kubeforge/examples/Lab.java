package dev.kubeforge.examples;

import dev.kubeforge.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.host.Node;
import dev.kubeforge.k8s.ClusterRoleRef;

/**
 * Seed 004's lab: one master and two workers, brought up with Vagrant and Ansible from the Kubernetes
 * blog's "Kubernetes setup using Ansible and Vagrant" (the seed's reference), whose machine names and
 * addresses the nodes take; and the web dashboard with the {@code admin-user} service account the seed
 * created to log in with. Its output is {@code generated/vagrant-lab/}.
 *
 * <p>The seed's to-do "docker cgroupfs to systemd" (and its note that the cgroup driver must be systemd)
 * is done: the nodes run containerd with the systemd cgroup driver, and the kubelet follows it. Where the
 * write-up is dated, today's equivalent is written instead:
 * <ul>
 *   <li>Docker as the kubelet's runtime (dockershim, removed in Kubernetes 1.24) is containerd.</li>
 *   <li>The dashboard {@code v2.0.0-beta4} is v2.7.0, the last release installed from plain manifests.
 *       It is reached as in the seed, through {@code kubectl proxy} on the master; a token for
 *       {@code admin-user} comes from {@code kubectl -n kubernetes-dashboard create token admin-user}
 *       (service accounts get no token Secret since 1.24).</li>
 * </ul>
 *
 * <p>Left to other layers: the {@code kube} user on every host and the Weave Net CNI (the Weave project
 * is archived; the CNI and the pod subnet belong with kubeadm's configuration), and the join command,
 * which kubeadm prints on the master. {@code kubectl drain} is an operation, with nothing to generate.
 */
public final class Lab implements ClusterDefinition {

  @Override
  public Cluster define() {
    var node = NodeProfiles.kubeadmOnContainerd();
    var cluster = Cluster.named("vagrant-lab")
        .controlPlane(Node.named("k8s-master").address("192.168.50.10").profile(node))
        .workers(
            Node.named("node-1").address("192.168.50.11").profile(node),
            Node.named("node-2").address("192.168.50.12").profile(node));
    Dashboard.install(cluster);
    var adminUser = cluster.namespace(Dashboard.NAMESPACE).serviceAccount("admin-user");
    cluster.clusterRoleBinding("admin-user", ClusterRoleRef.CLUSTER_ADMIN).serviceAccount(adminUser);
    return cluster.build();
  }
}
