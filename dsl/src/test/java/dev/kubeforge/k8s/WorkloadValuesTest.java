package dev.kubeforge.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.core.PullPolicy;
import dev.kubeforge.core.Size;
import org.junit.jupiter.api.Test;

/** The value types' Kubernetes forms. */
class WorkloadValuesTest {

  @Test
  void sizesUseTheLargestExactBinarySuffix() {
    assertEquals("512Mi", Size.mib(512).quantity());
    assertEquals("1Gi", Size.mib(1024).quantity());
    assertEquals("1536Mi", Size.mib(1536).quantity());
    assertEquals("1500", Size.bytes(1500).quantity());
    assertEquals("0", Size.bytes(0).quantity());
    assertEquals("4Ei", Size.tib(4L * 1024 * 1024).quantity());
    assertEquals(512L * 1024 * 1024, Size.mib(512).bytes());
  }

  @Test
  void cpuIsWrittenInCoresWhenWhole() {
    assertEquals("250m", Cpu.millis(250).quantity());
    assertEquals("2", Cpu.cores(2).quantity());
    assertEquals("1500m", Cpu.millis(1500).quantity());
  }

  @Test
  void podCountsAreIntsOrPercentages() {
    assertEquals("1", PodCount.of(1).toString());
    assertEquals("25%", PodCount.percent(25).toString());
    assertEquals(1, PodCount.of(1).intOrString().getIntVal());
    assertEquals("25%", PodCount.percent(25).intOrString().getStrVal());
  }

  @Test
  void thePullPolicyKubernetesWouldPick() {
    assertEquals(PullPolicy.ALWAYS, PullPolicy.defaultFor("nginx"));
    assertEquals(PullPolicy.ALWAYS, PullPolicy.defaultFor("nginx:latest"));
    assertEquals(PullPolicy.ALWAYS, PullPolicy.defaultFor("registry.local:5000/nginx"));
    assertEquals(PullPolicy.IF_NOT_PRESENT, PullPolicy.defaultFor("registry.local:5000/nginx:1.27"));
    assertEquals(PullPolicy.IF_NOT_PRESENT, PullPolicy.defaultFor("nginx@sha256:0123abcd"));
  }

  @Test
  void tolerationsOfTaints() {
    assertEquals(Toleration.exists("node-role.kubernetes.io/control-plane", TaintEffect.NO_SCHEDULE),
        Toleration.of(Taint.CONTROL_PLANE));
    assertEquals(Toleration.equal("dedicated", "db", TaintEffect.NO_EXECUTE),
        Toleration.of(Taint.of("dedicated", "db", TaintEffect.NO_EXECUTE)));
    assertEquals("dedicated=db:NoExecute", Taint.of("dedicated", "db", TaintEffect.NO_EXECUTE).toString());
  }
}
