package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.cluster.Node;
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
 * <p>kubeadm brings the nodes up: {@code kubeadm init} on {@code k8s-master}, then {@code kubeadm join}
 * on the workers with the bootstrap token and CA pin read from {@code KUBEADM_TOKEN} and
 * {@code KUBEADM_CA_CERT_HASH} when generating (placeholders in {@code generated/}); the join command the
 * seed copies from the master to the workers is each worker's JoinConfiguration. The kubelet's
 * {@code cgroupDriver: systemd} follows containerd's. Every host gets the seed's {@code kube} user, in
 * group {@code sudo}, with one SSH public key (a key made for this example; its private half was never
 * kept) and the admin kubeconfig on the master.
 *
 * <p>Also changed:
 * <ul>
 *   <li>Kubernetes 1.33.1 with {@code kubeadm.k8s.io/v1beta4}; CentOS 7 (end of life) is any image with
 *       cloud-init and apt (Debian or Ubuntu).</li>
 *   <li>Weave Net is archived (Weaveworks closed in 2024): the pod network is flannel v0.26.4, the
 *       plain overlay most kubeadm guides use, on its pod subnet {@code 10.244.0.0/16}. Unlike Weave it
 *       enforces no NetworkPolicy; Calico is the choice where policies matter.</li>
 * </ul>
 * {@code kubectl drain} is an operation, with nothing to generate.
 */
public final class Lab implements ClusterDefinition {

  @Override
  public Cluster define() {
    var node = NodeProfiles.kubeadmOnContainerd();
    var cluster = Cluster.named("vagrant-lab")
        .controlPlane(Node.named("k8s-master", n -> n.address("192.168.50.10").profile(node)))
        .workers(
            Node.named("node-1", n -> n.address("192.168.50.11").profile(node)),
            Node.named("node-2", n -> n.address("192.168.50.12").profile(node)))
        .kubernetesVersion(NodeProfiles.KUBERNETES_VERSION)
        .kubeadm(NodeProfiles::flannelJoinedWithToken)
        .cloudInit(c -> c
            .adminUser("kube")
            .sshAuthorizedKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGQpKiczcKqWdPtWV19YabLivOQKDAhVrR6AQVKiMHtZ kube@vagrant-lab"));
    Dashboard.install(cluster);
    var adminUser = cluster.namespace(Dashboard.NAMESPACE).serviceAccount("admin-user");
    cluster.clusterRoleBinding("admin-user", ClusterRoleRef.CLUSTER_ADMIN).serviceAccount(adminUser.ref());
    return cluster.build();
  }
}
