package dev.kubeforge.examples;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.core.Size;
import dev.kubeforge.k8s.Cpu;
import dev.kubeforge.k8s.FieldRef;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.HostPathType;
import dev.kubeforge.k8s.Namespace;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.k8s.Protocol;
import dev.kubeforge.k8s.Rule;
import dev.kubeforge.k8s.SecurityContext;
import dev.kubeforge.k8s.ServiceAccount;
import dev.kubeforge.k8s.StorageClassRef;
import dev.kubeforge.k8s.Verb;
import java.time.Duration;

/**
 * Seed 001's dynamic storage: the nfs-provisioner (today {@code registry.k8s.io/sig-storage/nfs-provisioner},
 * the successor of the incubator project the seed found) as a StatefulSet exporting a directory of one
 * node over NFS, and the StorageClass {@code nfs} it provisions volumes for. The class is the cluster's
 * default, so every claim without a class lands on it.
 */
final class NfsStorage {

  static final String NAMESPACE = "storage";
  private static final String PROVISIONER = "example.com/nfs";
  private static final String NAME = "nfs-provisioner";

  private NfsStorage() {}

  /**
   * Installs the provisioner on node {@code exportNode}, exporting its {@code /srv/nfs}, and returns the
   * StorageClass.
   */
  static StorageClassRef install(Cluster.Builder cluster, String exportNode) {
    var namespace = cluster.namespace(NAMESPACE);
    var account = namespace.serviceAccount(NAME);
    permissions(cluster, namespace, account);
    namespace.statefulApp(NAME)
        .image("registry.k8s.io/sig-storage/nfs-provisioner:v4.0.8")
        .args("-provisioner=" + PROVISIONER)
        .port("nfs", 2049)
        .port("nfs-udp", 2049, Protocol.UDP)
        .port("nlockmgr", 32803)
        .port("nlockmgr-udp", 32803, Protocol.UDP)
        .port("mountd", 20048)
        .port("mountd-udp", 20048, Protocol.UDP)
        .port("rquotad", 875)
        .port("rquotad-udp", 875, Protocol.UDP)
        .port("rpcbind", 111)
        .port("rpcbind-udp", 111, Protocol.UDP)
        .port("statd", 662)
        .port("statd-udp", 662, Protocol.UDP)
        .env("POD_IP", FieldRef.POD_IP)
        .env("SERVICE_NAME", NAME)
        .env("POD_NAMESPACE", FieldRef.POD_NAMESPACE)
        .serviceAccount(account.ref())
        .nodeSelector("kubernetes.io/hostname", exportNode)
        .securityContext(SecurityContext.user(0).addCapabilities("DAC_READ_SEARCH", "SYS_RESOURCE"))
        .readiness(Probe.tcp("nfs"))
        .liveness(Probe.tcp("nfs").initialDelay(Duration.ofSeconds(30)))
        .requests(Cpu.millis(100), Size.mib(128))
        .limits(Cpu.cores(1), Size.mib(512))
        .mount("/export", HostPath.of("export", "/srv/nfs", HostPathType.DIRECTORY_OR_CREATE))
        // The provisioner writes its Service's cluster IP into every PersistentVolume it creates, so that
        // volumes outlive the pod's IP; a statefulApp's Service stays headless in the DSL, hence the hatch.
        .customizeService(service -> service.editSpec().withClusterIP(null).endSpec())
        .allow("run-as-root", "the NFS server exports files of every owner the claims' pods write")
        .allow("host-path-volume", "seed 001 keeps the NFS data on the export node's disk, not in the pod");
    return cluster.storageClass("nfs", PROVISIONER)
        .mountOption("vers=4.1")
        .defaultClass()
        .ref();
  }

  /** What a dynamic provisioner needs: create and delete volumes, watch claims and classes, lead alone. */
  private static void permissions(Cluster.Builder cluster, Namespace.Builder namespace, ServiceAccount.Builder account) {
    var provisioner = cluster.clusterRole(NAME)
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.DELETE).on(Rule.CORE, "persistentvolumes"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH, Verb.UPDATE).on(Rule.CORE, "persistentvolumeclaims"))
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH).on("storage.k8s.io", "storageclasses"))
        .rule(Rule.allow(Verb.CREATE, Verb.UPDATE, Verb.PATCH).on(Rule.CORE, "events"))
        .rule(Rule.allow(Verb.GET).on(Rule.CORE, "services", "endpoints"));
    cluster.clusterRoleBinding(NAME, provisioner.ref()).serviceAccount(account.ref());
    var leader = namespace.role(NAME + "-leader")
        .rule(Rule.allow(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.UPDATE, Verb.PATCH)
            .on(Rule.CORE, "endpoints"));
    namespace.roleBinding(NAME + "-leader", leader.ref()).serviceAccount(account.ref());
  }
}
