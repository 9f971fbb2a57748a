package dev.kubeforge.cloudinit;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
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
 * Seed 002's CoreOS cluster, written in the DSL: one legacy {@code #cloud-config} for every host, with
 * the helper script, the release tarball's location and the registry credentials as files, and the
 * Kubernetes units. The master's units live in the {@code master} profile and the node units in the
 * {@code node} profile; {@code ConditionHost=} is derived from which hosts use which profile, as the seed
 * wrote it by hand. The seed's units are kept as they were (Kubernetes 1.0 binaries, the insecure port):
 * this reproduces the seed, not a current cluster. The Quay credentials come from a file, never the
 * definition; both copies are 0600 (the seed left one at 0644).
 */
public final class Seed002CoreOsCluster implements ClusterDefinition {

  private static final String BIN = "/opt/kubernetes/server/bin/";
  private static final String MASTER = "10.1.0.1:8080";

  @Override
  public Cluster define() {
    var download = Service.named("kubernetes.download")
        .description("Download Kubernetes Binaries")
        .documentation("https://github.com/GoogleCloudPlatform/kubernetes")
        .after(UnitName.NETWORK_ONLINE_TARGET, UnitName.of("systemd-networkd-wait-online.service"))
        .requires(UnitName.NETWORK_ONLINE_TARGET, UnitName.of("systemd-networkd-wait-online.service"))
        .environmentFile("/etc/kubernetes.env")
        .execStartPre("/bin/mkdir -p /opt/bin/")
        .execStart("/bin/bash -c \"curl --silent --location $KUBE_RELEASE_TARBALL | tar xzv -C /tmp/\"")
        .execStart("/bin/tar xzvf /tmp/kubernetes/server/kubernetes-server-linux-amd64.tar.gz -C /opt")
        .execStartPost("/usr/bin/chmod o+rx -R /opt/kubernetes")
        .execStartPost("/bin/ln -sf /opt/kubernetes/server/bin/kubectl /opt/bin/")
        .execStartPost("/bin/rm -rf /tmp/kubernetes")
        .remainAfterExit(true)
        .type(ServiceType.ONESHOT);

    var masterTarget = target("kubernetes.master", "Kubernetes Cluster Master");
    var apiserver = component("kubernetes.apiserver", "Kubernetes API Server", "kube-apiserver")
        .before(UnitName.of("kubernetes.controller-manager.service"), UnitName.of("kubernetes.scheduler.service"))
        .after(UnitName.of("etcd2.service"), download.name())
        .wants(UnitName.of("etcd2.service"), download.name())
        .execStart(BIN + "kube-apiserver --address=0.0.0.0 --port=8080 --kubelet-https=true --secure-port=6443"
            + " --service-cluster-ip-range=10.100.0.0/16 --etcd-servers=http://10.1.0.1:2379,http://10.1.0.2:2379"
            + " --cloud-provider=vagrant --logtostderr=true --v=3")
        .wantedBy(masterTarget.name());
    var scheduler = component("kubernetes.scheduler", "Kubernetes Scheduler", "kube-scheduler")
        .after(apiserver.name())
        .wants(apiserver.name())
        .execStartPre("/opt/bin/wupiao " + MASTER)
        .execStart(BIN + "kube-scheduler --logtostderr=true --master=127.0.0.1:8080")
        .wantedBy(masterTarget.name());
    var controllerManager = component("kubernetes.controller-manager", "Kubernetes Controller Manager",
            "kube-controller-manager")
        .after(apiserver.name())
        .wants(apiserver.name())
        .execStartPre("/bin/bash -x -c 'result=`wget --retry-connrefused --tries=5 127.0.0.1:8080/healthz -O -`"
            + " && test -n \"$${result}\" && test \"$${result}\" = ok'")
        .execStart(BIN + "kube-controller-manager --cloud-provider=vagrant --master=127.0.0.1:8080 --logtostderr=true")
        .wantedBy(masterTarget.name());
    var wantingMasterTarget = masterTarget.wants(download.name(), apiserver.name(), scheduler.name(), controllerManager.name());

    var nodeTarget = target("kubernetes.node", "Kubernetes Cluster Node");
    var kubelet = component("kubernetes.kubelet", "Kubernetes Kubelet", "kubelet")
        .after(download.name())
        .wants(download.name())
        .execStartPre("/bin/mkdir -p /etc/kubernetes/manifests/")
        .execStart(BIN + "kubelet --address=0.0.0.0 --port=10250 --api-servers=http://" + MASTER
            + " --logtostderr=true --config=/etc/kubernetes/manifests/ --register-node")
        .wantedBy(nodeTarget.name());
    var proxy = component("kubernetes.proxy", "Kubernetes Proxy", "kube-proxy")
        .after(download.name())
        .wants(download.name())
        .execStart(BIN + "kube-proxy --master=http://" + MASTER + " --logtostderr=true")
        .wantedBy(nodeTarget.name());
    var register = Service.named("kubernetes.register-node")
        .description("Kubernetes Create Node")
        .documentation("http://kubernetes.io/")
        .condition(Condition.fileIsExecutable("/opt/bin/kubectl"))
        .condition(Condition.fileIsExecutable("/opt/bin/register_node.sh"))
        .after(download.name())
        .before(proxy.name(), kubelet.name())
        .wants(download.name())
        .execStart("/opt/bin/register_node.sh %H http://" + MASTER + " production")
        .type(ServiceType.ONESHOT)
        .wantedBy(nodeTarget.name());
    var wantingNodeTarget = nodeTarget.wants(download.name(), proxy.name(), kubelet.name());

    var coreosUnits = "CoreOS ships etcd2.service and the Weave Net units these depend on";
    var master = HostProfile.named("master", p -> p
        .units(wantingMasterTarget, download, apiserver, scheduler, controllerManager)
        .allow("unknown-unit-dependency", coreosUnits));
    var node = HostProfile.named("node", p -> p
        .units(wantingNodeTarget, download, kubelet, proxy, register)
        .allow("unknown-unit-dependency", coreosUnits));

    var quay = SecretValue.fromFile(Path.of("secrets/quay-dockercfg.json"));
    return Cluster.named("seed002")
        .controlPlane(Node.named("azure-prd-01", n -> n.address("10.1.0.1").profile(master)))
        .workers(
            Node.named("azure-prd-02", n -> n.profile(node)),
            Node.named("azure-prd-03", n -> n.profile(node)),
            Node.named("azure-prd-04", n -> n.profile(node)),
            Node.named("ded-prd-01", n -> n.profile(node).label("workload", "compute")))
        .cloudInit(c -> c
            .target(CloudInit.Target.COREOS)
            .file(CloudInit.File.of("/opt/bin/wupiao", """
                #!/bin/bash
                # [w]ait [u]ntil [p]ort [i]s [a]ctually [o]pen
                [ -n "$1" ] && \\
                  until curl -o /dev/null -sIf http://${1}; do \\
                    sleep 1 && echo .;
                  done;
                exit $?
                """).permissions("0755"))
            .file(CloudInit.File.of("/etc/kubernetes.env",
                "KUBE_RELEASE_TARBALL=https://github.com/GoogleCloudPlatform/kubernetes/releases/download/v1.0.1/kubernetes.tar.gz\n"))
            .file(CloudInit.File.of("/opt/bin/register_node.sh", """
                #!/bin/sh -xe
                node_id="${1}"
                master_url="${2}"
                env_label="${3}"
                until healthcheck=$(curl --fail --silent "${master_url}/healthz")
                do sleep 2
                done
                test -n "${healthcheck}"
                test "${healthcheck}" = "ok"
                printf '{
                  "id": "%s",
                  "kind": "Minion",
                  "apiVersion": "v1beta1",
                  "labels": { "environment": "%s", "host": "azure", "name": "%s" }
                  }' "${node_id}" "${env_label}" "${node_id}" \\
                  | /opt/bin/kubectl create -s "${master_url}" -f -
                if [ $? -ne 0 ]
                  then echo "Failed registering node, already registered?"
                  else echo "Successfully registered node"
                fi
                """).permissions("0755"))
            .file(CloudInit.File.secret("/var/lib/kubelet/.dockercfg", quay).owner("core:core"))
            .file(CloudInit.File.secret("/home/core/.dockercfg", quay).owner("core:core")))
        .build();
  }

  private static Target target(String name, String description) {
    return Target.named(name)
        .description(description)
        .documentation("http://kubernetes.io/")
        .after(UnitName.of("weave-network.target"), UnitName.of("etcd2.service"))
        .requires(UnitName.of("weave-network.target"), UnitName.of("etcd2.service"))
        .directive("Unit", "RefuseManualStart", "no")
        .wantedBy(UnitName.MULTI_USER_TARGET);
  }

  private static Service component(String name, String description, String binary) {
    return Service.named(name)
        .description(description)
        .documentation("http://kubernetes.io/")
        .condition(Condition.fileIsExecutable(BIN + binary))
        .restart(Restart.ALWAYS)
        .restartSec(Duration.ofSeconds(10));
  }
}
