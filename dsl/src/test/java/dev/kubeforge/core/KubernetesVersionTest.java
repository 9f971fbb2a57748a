package dev.kubeforge.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KubernetesVersionTest {

  @Test
  void parsesMinorAndPatchReleases() {
    assertEquals(new KubernetesVersion(31, OptionalInt.empty()), KubernetesVersion.of("1.31"));
    assertEquals(new KubernetesVersion(31, OptionalInt.of(2)), KubernetesVersion.of("v1.31.2"));
    assertEquals("1.31.2", KubernetesVersion.of("v1.31.2").toString());
    assertEquals(4, KubernetesVersion.of("1.31").minorsAhead(KubernetesVersion.of("1.27.3")));
    assertTrue(KubernetesVersion.of("1.31.9").compareTo(KubernetesVersion.of("1.31")) < 0);
  }

  @Test
  void rejectsOtherForms() {
    assertEquals("not a Kubernetes version: '2.0' (1.MINOR or 1.MINOR.PATCH)",
        assertThrows(IllegalArgumentException.class, () -> KubernetesVersion.of("2.0")).getMessage());
    assertEquals("not a Kubernetes version: 'stable' (1.MINOR or 1.MINOR.PATCH)",
        assertThrows(IllegalArgumentException.class, () -> KubernetesVersion.of("stable")).getMessage());
  }
}
