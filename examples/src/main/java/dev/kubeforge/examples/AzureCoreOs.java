package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.host.Condition;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.host.Restart;
import dev.kubeforge.host.Service;
import dev.kubeforge.host.ServiceType;
import dev.kubeforge.host.Target;
import dev.kubeforge.host.UnitName;
import dev.kubeforge.secret.SecretValue;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Seed 002's CoreOS cluster on Azure: one legacy {@code #cloud-config} that every host boots with, its
 * {@code write_files} and its {@code coreos.units}. The master {@code azure-prd-01} ({@code 10.1.0.1})
 * runs the API server, scheduler and controller manager; {@code azure-prd-02} to {@code -04} and the
 * dedicated {@code ded-prd-01} run the kubelet and kube-proxy. The units of the {@code master} profile get
 * {@code ConditionHost=azure-prd-01}, those of the {@code node} profile one {@code ConditionHost=} per
 * node, derived from which hosts use which profile as the seed wrote them by hand. Its output is
 * {@code generated/azure-coreos/coreos/cloud-config.yaml}.
 *
 * <p>Where the seed is dated, today's equivalent is written:
 * <ul>
 *   <li>CoreOS Container Linux ended in 2020; Flatcar Container Linux, its continuation, still reads
 *       this form ({@code coreos-cloudinit}). Its {@code etcd-member.service} replaces {@code etcd2.service}
 *       (same addresses, still plain HTTP as in the seed) and its {@code flanneld.service} the archived
 *       Weave Net's {@code weave-network.target}; both ship with the OS.</li>
 *   <li>Kubernetes 1.0.1's {@code kubernetes.tar.gz} from the GoogleCloudPlatform repository is the
 *       1.33.1 server tarball from {@code dl.k8s.io}; the binaries stay under
 *       {@code /opt/kubernetes/server/bin}.</li>
 *   <li>The API server's insecure port 8080 ({@code --address}, {@code --port}) was removed in 1.24, so
 *       the seed's "no TLS on the private network" is no longer possible: the API server serves HTTPS on
 *       6443 only, with {@code --tls-cert-file}, {@code --client-ca-file}, the kubelet client certificate
 *       and the service-account keys ({@code --service-account-issuer} is required since 1.20), and
 *       every component reaches it through a kubeconfig instead of {@code --master}/{@code --api-servers}.
 *       The certificates, keys and kubeconfigs are files under {@code secrets/azure-coreos/}, read when
 *       generating: {@code generated/} holds placeholders.</li>
 *   <li>Removed flags: {@code --kubelet-https} (always HTTPS), {@code --cloud-provider=vagrant} (the
 *       provider went in 1.6; in-tree providers in 1.31), {@code --logtostderr} (1.26, logs go to stderr),
 *       the kubelet's {@code --api-servers} (1.8) and {@code --config=DIR} (now a KubeletConfiguration
 *       file; the static pod directory is {@code --pod-manifest-path}).</li>
 *   <li>The kubelet talks to the OS's containerd ({@code --container-runtime-endpoint}), not Docker; the
 *       Quay credentials are a {@code config.json} ({@code auths}) in the kubelet's root directory and in
 *       {@code /home/core/.docker/}, both 0600 (the seed left one {@code .dockercfg} at 0644).</li>
 *   <li>Manual registration ({@code register_node.sh} posting a {@code v1beta1} {@code Minion}) is gone
 *       with that API: the kubelet registers its node with the seed's labels ({@code environment},
 *       {@code host}) through {@code --node-labels}, read from {@code /etc/kubernetes/node-labels/%H.env},
 *       one file per host. {@code ded-prd-01}, the seed's host for processing-intensive work, is
 *       labelled {@code host=dedicated} (the seed's script said {@code azure} for every host) and
 *       {@code workload=compute}; the seed's {@code name} label is {@code kubernetes.io/hostname}.</li>
 *   <li>The wait helper {@code wupiao} takes a URL and accepts the API server's certificate unverified:
 *       it only waits for {@code /livez} to answer.</li>
 * </ul>
 *
 * <p>What the legacy form cannot do: it writes every file on every host, so the master's keys reach the
 * nodes too, and all kubelets share one credential (the Node authorizer needs one per node, so
 * authorization is RBAC alone). The per-node cloud-init target of the other examples has neither
 * limit.
 */
public final class AzureCoreOs implements ClusterDefinition {

  private static final String MASTER = "azure-prd-01";
  private static final String MASTER_ADDRESS = "10.1.0.1";
  private static final String BIN = "/opt/kubernetes/server/bin/";
  private static final String PKI = "/etc/kubernetes/pki/";
  private static final String API_SERVER = "https://" + MASTER_ADDRESS + ":6443";
  private static final UnitName ETCD = UnitName.of("etcd-member.service");
  private static final UnitName POD_NETWORK = UnitName.of("flanneld.service");
  private static final String SECRETS = "secrets/azure-coreos/";

  @Override
  public Cluster define() {
    var download = Service.named("kubernetes.download")
        .description("Download Kubernetes Binaries")
        .documentation("https://kubernetes.io/releases/download/")
        .after(UnitName.NETWORK_ONLINE_TARGET, UnitName.of("systemd-networkd-wait-online.service"))
        .requires(UnitName.NETWORK_ONLINE_TARGET, UnitName.of("systemd-networkd-wait-online.service"))
        .environmentFile("/etc/kubernetes.env")
        .execStartPre("/bin/mkdir -p /opt/bin/")
        .execStart("/bin/bash -c \"curl --fail --silent --location $KUBE_SERVER_TARBALL | tar xz -C /opt\"")
        .execStartPost("/usr/bin/chmod o+rx -R /opt/kubernetes")
        .execStartPost("/bin/ln -sf /opt/kubernetes/server/bin/kubectl /opt/bin/")
        .remainAfterExit(true)
        .type(ServiceType.ONESHOT);

    var masterTarget = target("kubernetes.master", "Kubernetes Cluster Master");
    var apiserver = component("kubernetes.apiserver", "Kubernetes API Server", "kube-apiserver")
        .before(UnitName.of("kubernetes.controller-manager.service"), UnitName.of("kubernetes.scheduler.service"))
        .after(ETCD, download.name())
        .wants(ETCD, download.name())
        .execStart(BIN + "kube-apiserver --advertise-address=" + MASTER_ADDRESS + " --secure-port=6443"
            + " --service-cluster-ip-range=10.100.0.0/16 --etcd-servers=http://10.1.0.1:2379,http://10.1.0.2:2379"
            + " --tls-cert-file=" + PKI + "apiserver.crt --tls-private-key-file=" + PKI + "apiserver.key"
            + " --client-ca-file=" + PKI + "ca.crt"
            + " --kubelet-client-certificate=" + PKI + "apiserver-kubelet-client.crt"
            + " --kubelet-client-key=" + PKI + "apiserver-kubelet-client.key"
            + " --service-account-issuer=" + API_SERVER + " --service-account-key-file=" + PKI + "sa.pub"
            + " --service-account-signing-key-file=" + PKI + "sa.key"
            + " --authorization-mode=RBAC --v=3")
        .wantedBy(masterTarget.name());
    var scheduler = component("kubernetes.scheduler", "Kubernetes Scheduler", "kube-scheduler")
        .after(apiserver.name())
        .wants(apiserver.name())
        .execStartPre("/opt/bin/wupiao " + API_SERVER + "/livez")
        .execStart(BIN + "kube-scheduler --kubeconfig=/etc/kubernetes/scheduler.conf")
        .wantedBy(masterTarget.name());
    var controllerManager = component("kubernetes.controller-manager", "Kubernetes Controller Manager",
            "kube-controller-manager")
        .after(apiserver.name())
        .wants(apiserver.name())
        .execStartPre("/opt/bin/wupiao " + API_SERVER + "/livez")
        .execStart(BIN + "kube-controller-manager --kubeconfig=/etc/kubernetes/controller-manager.conf"
            + " --service-account-private-key-file=" + PKI + "sa.key --root-ca-file=" + PKI + "ca.crt"
            + " --use-service-account-credentials=true")
        .wantedBy(masterTarget.name());
    var wantingMasterTarget = masterTarget.wants(download.name(), apiserver.name(), scheduler.name(), controllerManager.name());

    var nodeTarget = target("kubernetes.node", "Kubernetes Cluster Node");
    var kubelet = component("kubernetes.kubelet", "Kubernetes Kubelet", "kubelet")
        .after(download.name(), UnitName.CONTAINERD_SERVICE)
        .wants(download.name(), UnitName.CONTAINERD_SERVICE)
        .environmentFile("/etc/kubernetes/node-labels/%H.env")
        .execStartPre("/bin/mkdir -p /etc/kubernetes/manifests/")
        .execStart(BIN + "kubelet --kubeconfig=/etc/kubernetes/kubelet.conf"
            + " --container-runtime-endpoint=unix:///run/containerd/containerd.sock"
            + " --pod-manifest-path=/etc/kubernetes/manifests/ --node-labels=${NODE_LABELS}")
        .wantedBy(nodeTarget.name());
    var proxy = component("kubernetes.proxy", "Kubernetes Proxy", "kube-proxy")
        .after(download.name())
        .wants(download.name())
        .execStart(BIN + "kube-proxy --kubeconfig=/etc/kubernetes/proxy.conf")
        .wantedBy(nodeTarget.name());
    var wantingNodeTarget = nodeTarget.wants(download.name(), proxy.name(), kubelet.name());

    var osUnits = "Flatcar Container Linux ships etcd-member.service and flanneld.service";
    var master = HostProfile.named("master", p -> p
        .units(wantingMasterTarget, download, apiserver, scheduler, controllerManager)
        .allow("unknown-unit-dependency", osUnits));
    var node = HostProfile.named("node", p -> p
        .units(wantingNodeTarget, download, kubelet, proxy)
        .allow("unknown-unit-dependency", osUnits));

    var quay = SecretValue.fromFile(Path.of(SECRETS + "quay-config.json"));
    return Cluster.named("azure-coreos")
        .controlPlane(Node.named(MASTER, n -> n.address(MASTER_ADDRESS).profile(master)))
        .workers(
            Node.named("azure-prd-02", n -> n.profile(node)),
            Node.named("azure-prd-03", n -> n.profile(node)),
            Node.named("azure-prd-04", n -> n.profile(node)),
            Node.named("ded-prd-01", n -> n.profile(node).label("workload", "compute")))
        .cloudInit(c -> {
          c.target(CloudInit.Target.COREOS)
              .file(CloudInit.File.of("/opt/bin/wupiao", """
                  #!/bin/bash
                  # [w]ait [u]ntil [p]ort [i]s [a]ctually [o]pen: until the URL answers
                  [ -n "$1" ] && \\
                    until curl -o /dev/null -sIfk "$1"; do \\
                      sleep 1 && echo .;
                    done;
                  exit $?
                  """).permissions("0755"))
              .file(CloudInit.File.of("/etc/kubernetes.env",
                  "KUBE_SERVER_TARBALL=https://dl.k8s.io/v1.33.1/kubernetes-server-linux-amd64.tar.gz\n"))
              .file(labels("azure-prd-02", "host=azure"))
              .file(labels("azure-prd-03", "host=azure"))
              .file(labels("azure-prd-04", "host=azure"))
              .file(labels("ded-prd-01", "host=dedicated,workload=compute"))
              .file(CloudInit.File.secret("/var/lib/kubelet/config.json", quay))
              .file(CloudInit.File.secret("/home/core/.docker/config.json", quay).owner("core:core"));
          for (String file : new String[] {"ca.crt", "apiserver.crt", "apiserver.key",
              "apiserver-kubelet-client.crt", "apiserver-kubelet-client.key", "sa.key", "sa.pub"}) {
            c.file(secretFile(PKI + file, "pki/" + file));
          }
          for (String kubeconfig : new String[] {"scheduler.conf", "controller-manager.conf", "kubelet.conf",
              "proxy.conf"}) {
            c.file(secretFile("/etc/kubernetes/" + kubeconfig, kubeconfig));
          }
        })
        .allow("secret-unavailable", "generated/ holds placeholders and is the same with or without the"
            + " cluster's certificates, keys and kubeconfigs, so CI and reviewers generate without them;"
            + " whoever boots the hosts puts them under secrets/azure-coreos/ and uses the complete"
            + " cloud-config of target/kubeforge-secrets/")
        .build();
  }

  private static CloudInit.File labels(String host, String labels) {
    return CloudInit.File.of("/etc/kubernetes/node-labels/" + host + ".env",
        "NODE_LABELS=environment=production," + labels + "\n");
  }

  private static CloudInit.File secretFile(String path, String source) {
    return CloudInit.File.secret(path, SecretValue.fromFile(Path.of(SECRETS + source)));
  }

  private static Target target(String name, String description) {
    return Target.named(name)
        .description(description)
        .documentation("https://kubernetes.io/")
        .after(POD_NETWORK, ETCD)
        .requires(POD_NETWORK, ETCD)
        .directive("Unit", "RefuseManualStart", "no")
        .wantedBy(UnitName.MULTI_USER_TARGET);
  }

  private static Service component(String name, String description, String binary) {
    return Service.named(name)
        .description(description)
        .documentation("https://kubernetes.io/")
        .condition(Condition.fileIsExecutable(BIN + binary))
        .restart(Restart.ALWAYS)
        .restartSec(Duration.ofSeconds(10));
  }
}
