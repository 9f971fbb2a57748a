package dev.kubeforge.bench;

import dev.kubeforge.Kubeforge;
import dev.kubeforge.output.FileTreeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times W(N) from compiled definition to files on disk: cold (a fresh JVM per run, the way every build
 * runs Kubeforge) and warm (repeated in one JVM), with peak memory. Prints figures; asserts nothing.
 *
 * <pre>
 * mvn -B -q -pl dsl/codegen,dsl test-compile exec:exec@bench                       # N = 100, 1000, 5000
 * mvn -B -q -pl dsl/codegen,dsl test-compile exec:exec@bench -Dbench.sizes=1000 -Dbench.jvmFlags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
 * </pre>
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--once")) {
      once(Integer.parseInt(args[1]), Path.of(args[2]));
      return;
    }
    var sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000,5000").split(","))
        .map(String::strip).mapToInt(Integer::parseInt).toArray();
    int runs = Integer.getInteger("bench.runs", 5);
    var flags = System.getProperty("bench.jvmFlags", "").strip();
    System.out.println("Kubeforge W(N) benchmark, " + runs + " cold runs each (median), java "
        + System.getProperty("java.version") + (flags.isEmpty() ? "" : ", flags: " + flags));
    System.out.println("   N   objects   cold ms   cold peak RSS MiB   warm ms   files");
    for (int n : sizes) {
      var cold = new long[runs];
      var rss = new long[runs];
      String files = "";
      for (int r = 0; r < runs; r++) {
        var result = coldRun(n, flags);
        cold[r] = result[0];
        rss[r] = result[1];
        files = Long.toString(result[2]);
      }
      long warm = warm(n);
      System.out.printf(Locale.ROOT, "%5d %9d %9d %19d %9d %7s%n",
          n, 4L * n + 1, median(cold), median(rss) / 1024, warm, files);
    }
  }

  /** One cold run in this JVM: generate W(n) into {@code dir} (empty), print "ms rssKiB files". */
  private static void once(int n, Path dir) throws IOException {
    long start = System.nanoTime();
    int files = generate(n, dir);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println(ms + " " + peakRssKib() + " " + files);
  }

  private static int generate(int n, Path dir) throws IOException {
    var files = Kubeforge.generate(new Workload(n)).files();
    FileTreeWriter.sync(files, dir);
    return files.size();
  }

  /** Spawns a fresh JVM; wall time is measured from outside, so JVM start and exit count. */
  private static long[] coldRun(int n, String flags) throws IOException, InterruptedException {
    var dir = Files.createTempDirectory(workDirectory(), "w");
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!flags.isEmpty()) {
      command.addAll(List.of(flags.split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmark.class.getName(),
        "--once", Integer.toString(n), dir.toString()));
    long start = System.nanoTime();
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes()).strip();
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    deleteRecursively(dir); // outside the measured time: cleaning up is not part of a build
    if (exit != 0) {
      throw new IllegalStateException("cold run failed (" + exit + "): " + output);
    }
    var fields = output.substring(output.lastIndexOf('\n') + 1).split(" ");
    return new long[] {wall, Long.parseLong(fields[1]), Long.parseLong(fields[2])};
  }

  private static long warm(int n) throws IOException {
    var dir = Files.createTempDirectory(workDirectory(), "w");
    for (int i = 0; i < 3; i++) {
      generate(n, dir);
    }
    int rounds = 5;
    long[] times = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      generate(n, dir);
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    deleteRecursively(dir);
    return median(times);
  }

  /**
   * Where runs write: {@code target/bench} of the module, on the project's disk as generated/ is, not
   * the system's temporary directory (here a far slower file system for creating files).
   */
  private static Path workDirectory() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
  }

  private static long peakRssKib() throws IOException {
    var status = Path.of("/proc/self/status");
    if (Files.exists(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    }
    return Runtime.getRuntime().totalMemory() / 1024;
  }

  private static long median(long[] values) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }
}
