package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.bench.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rendering the benchmark workload loads no Jackson class: every object is walked, and the
 * Jackson path stays unloaded until some object needs it. Checked in a fresh JVM with class loading
 * logged, as a cold run is.
 */
class ObjectTreeClassLoadingTest {

  /** The child JVM's work: render W(20). */
  public static void main(String[] args) {
    Kubeforge.generate(new Workload(20));
  }

  @Test
  void renderingTheWorkloadLoadsNoJacksonClass() throws IOException, InterruptedException {
    var log = loadedClasses(ObjectTreeClassLoadingTest.class.getName());
    assertTrue(log.contains(" dev.kubeforge.render.AppsTrees "), "the walkers ran");
    assertEquals(List.of(), log.lines().filter(line -> line.contains("tools.jackson.")).limit(3).toList());
  }

  /** The {@code -Xlog:class+load} lines of a fresh JVM running {@code mainClass}. */
  private static String loadedClasses(String mainClass) throws IOException, InterruptedException {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process = new ProcessBuilder(java, "-Xlog:class+load=info:stdout", "-cp",
        System.getProperty("java.class.path"), mainClass)
        .redirectErrorStream(true)
        .start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
