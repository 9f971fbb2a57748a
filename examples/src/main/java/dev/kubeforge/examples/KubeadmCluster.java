package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.core.Size;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.HostPathType;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.EmptyDir;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Taint;
import dev.kubeforge.k8s.TaintEffect;
import dev.kubeforge.k8s.Toleration;
import dev.kubeforge.kubeadm.config.HostPathMount;

/**
 * Seed 003's cluster, built with kubeadm: a master ({@code 192.168.0.102}, the write-up's advertise
 * address) initialised with {@code kubeadm init --config}, and a worker {@code node1} joining it with
 * {@code kubeadm join}, carrying the write-up's example taint {@code foo=bar:NoSchedule}; the pod network;
 * the dashboard; and its first containerized application, an nginx Deployment with two replicas serving
 * port 80 from an {@code emptyDir}, tolerating that taint as the write-up's {@code Equal} toleration does.
 * Its output is {@code generated/kubeadm-lab/}. The write-up's single-node variant is {@link SingleNode},
 * output {@code generated/kubeadm-single-node/}.
 *
 * <p>kubeadm's configuration keeps what the write-up's {@code MasterConfiguration} sets: the advertise
 * address and port 6443 (derived from the master), etcd's data directory {@code /var/lib/etcd}, the
 * Service subnet {@code 10.96.0.0/12} and DNS domain {@code cluster.local}, kube-proxy's and the
 * kubelet's {@code 0.0.0.0} bind addresses, and the API server flags of its {@code apiServerExtraArgs}.
 *
 * <p>Deviations from the write-up, each today's equivalent of what it describes:
 * <ul>
 *   <li>{@code kubeadm.k8s.io/v1alpha2} {@code MasterConfiguration} for Kubernetes 1.11 is
 *       {@code kubeadm.k8s.io/v1beta4} Init/Join/ClusterConfiguration for 1.33.1; {@code k8s.gcr.io} is
 *       {@code registry.k8s.io}, kubeadm's default; extra args are a list of name and value.</li>
 *   <li>{@code advertise-address: 192.168.0.103} among the API server flags contradicts the write-up's
 *       own {@code advertiseAddress: 192.168.0.102}: the address is derived from the master instead.</li>
 *   <li>{@code anonymous-auth: false} breaks a kubeadm cluster: the kubelet's liveness and readiness
 *       probes of the API server and {@code kubeadm join}'s token discovery of {@code cluster-info} are
 *       anonymous requests (kubernetes/kubeadm#798, #1105). Today's equivalent is the structured
 *       authentication configuration ({@code --authentication-config}, beta and on by default since
 *       1.32), which allows anonymous requests on those paths only and rejects them everywhere else.</li>
 *   <li>{@code audit-log-path: /home/johndoe/audit.log} logs nothing without an audit policy: the
 *       policy {@code /etc/kubernetes/audit-policy.yaml} (every request at level {@code Metadata}) is
 *       added, and the log goes to {@code /var/log/kubernetes/audit/audit.log} rather than a user's home;
 *       both are mounted into the API server's static pod, which the write-up forgets. The two files are
 *       written by cloud-init on every node, and read on the master only.</li>
 *   <li>{@code enable-admission-plugins: AlwaysPullImages,DefaultStorageClass} is kept as written.</li>
 *   <li>{@code criSocket: /var/run/dockershim.sock} (dockershim left Kubernetes in 1.24) is containerd,
 *       with the systemd cgroup driver.</li>
 *   <li>The write-up names no network plugin: flannel v0.26.4, applied after {@code kubeadm init}, on
 *       its pod subnet {@code 10.244.0.0/16} (the write-up's {@code podSubnet: ""}).</li>
 *   <li>The single node's {@code kubectl taint nodes --all node-role.kubernetes.io/master-} is
 *       {@code controlPlaneTaint(false)}, rendered {@code nodeRegistration.taints: []} in the master's
 *       InitConfiguration: the taint is never registered, and its key is {@code node-role.kubernetes.io/control-plane} today.</li>
 *   <li>{@code nginx:1.7.9} (2014, long out of support) is now {@code nginx:1.27.3}, with a readiness
 *       probe and resource limits; the write-up's {@code app: nginx} label becomes the derived
 *       {@code app.kubernetes.io/name: nginx}, and the port gets a name ({@code http}) so that Services
 *       and probes can refer to it; the Deployment lives in its own namespace {@code demo} rather than
 *       {@code default}, with a ClusterIP Service in front of it.</li>
 *   <li>The dashboard is v2.7.0 in namespace {@code kubernetes-dashboard}, reached through
 *       {@code kubectl proxy} as the write-up recommends.</li>
 * </ul>
 *
 * <p>The taint of {@code node1} is declared on the node, so kubeadm registers it when the node joins and
 * the checks see it: the nginx pods would not be scheduled anywhere without their toleration. The
 * write-up names no storage plugin, so none is installed.
 */
public final class KubeadmCluster implements ClusterDefinition {

  private static final String MASTER_ADDRESS = "192.168.0.102";
  private static final String AUTHENTICATION_CONFIG = "/etc/kubernetes/authentication-config.yaml";
  private static final String AUDIT_POLICY = "/etc/kubernetes/audit-policy.yaml";
  private static final String AUDIT_LOGS = "/var/log/kubernetes/audit";

  @Override
  public Cluster define() {
    var node = NodeProfiles.kubeadmOnContainerd();
    var cluster = Cluster.named("kubeadm-lab")
        .controlPlane(Node.named("master", n -> n.address(MASTER_ADDRESS).profile(node)))
        .workers(Node.named("node1", n -> n.profile(node).taint(Taint.of("foo", "bar", TaintEffect.NO_SCHEDULE))))
        .kubeadm(NodeProfiles::flannelJoinedWithToken);
    return seed003(cluster);
  }

  /**
   * The write-up's single-node Kubernetes: the master alone, which keeps no control-plane taint
   * ({@code taints: []}, kubeadm's default without workers), so it runs the dashboard and nginx itself.
   * Its output is {@code generated/kubeadm-single-node/}.
   */
  public static final class SingleNode implements ClusterDefinition {

    @Override
    public Cluster define() {
      var cluster = Cluster.named("kubeadm-single-node")
          .controlPlane(Node.named("master", n -> n.address(MASTER_ADDRESS).profile(NodeProfiles.kubeadmOnContainerd())))
          .kubeadm(k -> k
              .podSubnet(NodeProfiles.FLANNEL_POD_SUBNET)
              .cni(NodeProfiles.FLANNEL)
              .controlPlaneTaint(false));
      return seed003(cluster);
    }
  }

  /** What both variants share: kubeadm's settings from the write-up, the dashboard and the nginx demo. */
  private static Cluster seed003(Cluster.Builder cluster) {
    cluster
        .kubernetesVersion(NodeProfiles.KUBERNETES_VERSION)
        .kubeadm(k -> k
            .serviceSubnet("10.96.0.0/12")
            .dnsDomain("cluster.local")
            .apiServerArg("authentication-config", AUTHENTICATION_CONFIG)
            .apiServerArg("enable-admission-plugins", "AlwaysPullImages,DefaultStorageClass")
            .apiServerArg("audit-policy-file", AUDIT_POLICY)
            .apiServerArg("audit-log-path", AUDIT_LOGS + "/audit.log")
            .clusterConfiguration(c -> c
                .etcd(etcd -> etcd.local(local -> local.dataDir("/var/lib/etcd")))
                .apiServer(api -> api.extraVolumes(
                    HostPathMount.of("authentication-config", AUTHENTICATION_CONFIG, AUTHENTICATION_CONFIG)
                        .readOnly(true).pathType(HostPathType.FILE),
                    HostPathMount.of("audit-policy", AUDIT_POLICY, AUDIT_POLICY)
                        .readOnly(true).pathType(HostPathType.FILE),
                    HostPathMount.of("audit-logs", AUDIT_LOGS, AUDIT_LOGS)
                        .pathType(HostPathType.DIRECTORY_OR_CREATE))))
            .kubeletConfiguration(kubelet -> kubelet.address("0.0.0.0"))
            .kubeProxyConfiguration(proxy -> proxy.bindAddress("0.0.0.0")))
        .cloudInit(c -> c
            .file(CloudInit.File.of(AUTHENTICATION_CONFIG, """
                # Anonymous requests only where kubeadm needs them: the kubelet's probes of the API
                # server and kubeadm join's discovery of cluster-info. The seed's anonymous-auth=false.
                apiVersion: apiserver.config.k8s.io/v1beta1
                kind: AuthenticationConfiguration
                anonymous:
                  enabled: true
                  conditions:
                    - path: /livez
                    - path: /readyz
                    - path: /healthz
                    - path: /api/v1/namespaces/kube-public/configmaps/cluster-info
                """).permissions("0600"))
            .file(CloudInit.File.of(AUDIT_POLICY, """
                # Who did what to which object, without request or response bodies.
                apiVersion: audit.k8s.io/v1
                kind: Policy
                rules:
                  - level: Metadata
                """).permissions("0600")));
    Dashboard.install(cluster);
    cluster.namespace("demo")
        .app("nginx")
        .image("nginx:1.27.3")
        .replicas(2)
        .port("http", 80)
        .toleration(Toleration.equal("foo", "bar", TaintEffect.NO_SCHEDULE))
        .readiness(Probe.tcp("http"))
        .limits(Cpu.millis(200), Size.mib(128))
        .mount("/usr/share/nginx/html", EmptyDir.named("nginx-vol"))
        .allow("run-as-root", "the official nginx image starts as root to bind port 80; its workers run as nginx");
    return cluster.build();
  }
}
