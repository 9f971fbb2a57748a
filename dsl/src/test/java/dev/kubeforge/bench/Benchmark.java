package dev.kubeforge.bench;

import dev.kubeforge.Kubeforge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times W(N) from compiled definition to files on disk: cold (a fresh JVM per run, the way every build
 * runs Kubeforge) and warm (repeated in one JVM), each split into the pipeline's phases ({@link Phases}),
 * with the peak RSS of the cold JVM. Prints figures; asserts nothing.
 *
 * <pre>
 * mvn -B -q -pl dsl/codegen,dsl test-compile exec:exec@bench                       # N = 100, 1000, 5000
 * mvn -B -q -pl dsl/codegen,dsl test-compile exec:exec@bench -Dbench.sizes=20000 -Dbench.runs=3
 * mvn -B -q -pl dsl/codegen,dsl test-compile exec:exec@bench -Dbench.sizes=1000 -Dbench.jvmFlags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
 * </pre>
 *
 * <p>Each size prints two rows of milliseconds. {@code cold}: the whole process timed from outside
 * ({@code total}), of which {@code jvm} is what no phase holds (JVM start, loading the benchmark's own
 * classes, exit), and a sync into an empty directory, so it writes every file. {@code warm}: the same
 * JVM's sixth to tenth run over the tree it wrote before, so the sync only reads and compares, and writes
 * nothing.
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
    System.out.println("milliseconds; cold: fresh JVM, sync writes every file; warm: same JVM, sync reads"
        + " an unchanged tree");
    var header = new StringBuilder("    N  objects  run    total    jvm");
    Phases.NAMES.forEach(name -> header.append(String.format(Locale.ROOT, " %7s", name)));
    System.out.println(header.append("  peak RSS MiB   files"));
    for (int n : sizes) {
      var cold = new long[runs][];
      for (int r = 0; r < runs; r++) {
        cold[r] = coldRun(n, flags);
      }
      // columns of a cold run: wall, peak RSS KiB, files, then each phase in microseconds
      long wall = median(column(cold, 0));
      var phases = new long[Phases.NAMES.size()];
      var outside = new long[runs];
      for (int r = 0; r < runs; r++) {
        outside[r] = cold[r][0] * 1000;
        for (int p = 0; p < phases.length; p++) {
          outside[r] -= cold[r][3 + p];
        }
      }
      for (int p = 0; p < phases.length; p++) {
        phases[p] = median(column(cold, 3 + p)) / 1000;
      }
      System.out.println(row(n, "cold", wall, Long.toString(median(outside) / 1000), phases,
          Long.toString(median(column(cold, 1)) / 1024), Long.toString(cold[0][2])));
      var warm = warm(n);
      System.out.println(row(n, "warm", warm[0], "-", Arrays.copyOfRange(warm, 1, warm.length), "-",
          Long.toString(cold[0][2])));
    }
  }

  private static String row(int n, String run, long total, String jvm, long[] phases, String rss,
      String files) {
    var line = new StringBuilder(String.format(Locale.ROOT, "%5d %8d  %-4s %8d %6s", n, 4L * n + 1, run,
        total, jvm));
    for (long phase : phases) {
      line.append(String.format(Locale.ROOT, " %7d", phase));
    }
    return line.append(String.format(Locale.ROOT, " %13s %7s", rss, files)).toString();
  }

  /**
   * One cold run in this JVM: generate W(n) into {@code dir} (empty) and print
   * "ms rssKiB files" and each phase's microseconds; the peak RSS is read last.
   */
  private static void once(int n, Path dir) throws IOException {
    long start = System.nanoTime();
    var timed = Phases.run(n, dir);
    long ms = (System.nanoTime() - start) / 1_000_000;
    var line = new StringBuilder().append(ms).append(' ').append(peakRssKib()).append(' ')
        .append(timed.tree().size());
    for (long nanos : timed.nanos()) {
      line.append(' ').append(nanos / 1000);
    }
    System.out.println(line);
  }

  /**
   * Spawns a fresh JVM; wall time is measured from outside, so JVM start and exit count. Returns the
   * wall milliseconds, peak RSS KiB, files and each phase's microseconds.
   */
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
    var result = new long[fields.length];
    for (int i = 1; i < fields.length; i++) {
      result[i] = Long.parseLong(fields[i]);
    }
    result[0] = wall;
    return result;
  }

  /**
   * The warm total and each phase's median milliseconds over 5 runs after 3 to warm up, all syncing into
   * one directory, so every timed sync finds its files unchanged.
   */
  private static long[] warm(int n) throws IOException {
    var dir = Files.createTempDirectory(workDirectory(), "w");
    var first = Phases.run(n, dir);
    if (!first.tree().equals(Kubeforge.generate(new Workload(n)).files())) {
      throw new IllegalStateException("Phases renders W(" + n + ") unlike Kubeforge.generate: its"
          + " renderers are out of step with Kubeforge's");
    }
    for (int i = 0; i < 2; i++) {
      Phases.run(n, dir);
    }
    int rounds = 5;
    var times = new long[1 + Phases.NAMES.size()][rounds];
    for (int i = 0; i < rounds; i++) {
      var timed = Phases.run(n, dir);
      if (timed.written() != 0) {
        throw new IllegalStateException("a warm sync of W(" + n + ") wrote " + timed.written()
            + " files over an unchanged tree");
      }
      for (int p = 0; p < timed.nanos().length; p++) {
        times[1 + p][i] = timed.nanos()[p] / 1000;
        times[0][i] += timed.nanos()[p] / 1000;
      }
    }
    deleteRecursively(dir);
    var medians = new long[times.length];
    for (int c = 0; c < times.length; c++) {
      medians[c] = median(times[c]) / 1000;
    }
    return medians;
  }

  private static long[] column(long[][] rows, int column) {
    return Arrays.stream(rows).mapToLong(row -> row[column]).toArray();
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
