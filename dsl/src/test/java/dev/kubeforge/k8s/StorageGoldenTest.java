package dev.kubeforge.k8s;

import static dev.kubeforge.check.PolicyFixtures.BEFORE_THE_PACK;
import dev.kubeforge.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.core.Size;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's storage, golden-tested: an NFS StorageClass (the nfs-provisioner's), MySQL on a claim made
 * first ({@code mysql1}), PostgreSQL on a volume claim template ({@code pg2}), and a static NFS volume
 * bound by name.
 */
class StorageGoldenTest {

  /** The seed's section 3, with today's API versions. */
  static final class NfsStorage implements ClusterDefinition {
    @Override
    public Cluster define() {
      var cluster = Cluster.named("seed");
      var nfs = cluster.storageClass("nfs", "example.com/nfs")
          .reclaimPolicy(ReclaimPolicy.RETAIN)
          .mountOption("nfsvers=4.1")
          .defaultClass();
      var archive = cluster.persistentVolume("archive", Size.gib(50),
              PersistentVolumeSource.nfs("10.0.0.5", "/exports/archive"))
          .accessModes(AccessMode.READ_WRITE_MANY);
      var db = cluster.namespace("db");
      db.pvc("mysql-data", Size.gib(10)).storageClass(nfs.ref());
      db.pvc("archive", Size.gib(50)).accessModes(AccessMode.READ_WRITE_MANY).volume(archive.ref());
      var data = ClaimTemplate.named("data", Size.gib(10)).storageClass(nfs.ref());
      // The StatefulSet is the workload side's; added as is here to show how a claim template attaches.
      db.add(new StatefulSetBuilder()
          .withNewMetadata().withName("pg").endMetadata()
          .withNewSpec()
          .withServiceName("pg")
          .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "pg").endSelector()
          .withNewTemplate()
          .withNewMetadata().addToLabels("app.kubernetes.io/name", "pg").endMetadata()
          .withNewSpec()
          .addToContainers(new ContainerBuilder().withName("pg").withImage("postgres:16.4")
              .addNewVolumeMount().withName(data.name()).withMountPath("/var/lib/postgresql/data").endVolumeMount()
              .withNewResources().addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi"))
              .endResources()
              .build())
          .withNewSecurityContext().withRunAsUser(999L).withFsGroup(999L).endSecurityContext()
          .endSpec()
          .endTemplate()
          .addToVolumeClaimTemplates(data.persistentVolumeClaim())
          .endSpec()
          .build());
      return cluster.build();
    }
  }

  @Test
  void nfsStorageClassWithClaimsAndClaimTemplate() {
    var generation = Kubeforge.generate(List.of(new NfsStorage()), BEFORE_THE_PACK);
    Golden.assertTree(IngressGoldenTest.GOLDEN.resolve("nfs-storage/generated"), generation.files());
    assertEquals(List.of(), generation.warnings());
  }
}
