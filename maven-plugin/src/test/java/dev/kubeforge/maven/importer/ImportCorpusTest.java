package dev.kubeforge.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.check.ProblemsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip over real manifests ({@code import-corpus/}, sources in its {@code SOURCES.md}): each file is
 * imported into a class of its own, all are compiled together, generated, and compared with their input. A
 * file round-trips exactly, with reported changes (upgrades, losses, Namespace objects added), or not; the
 * files that do not are listed with their reason in {@code KNOWN-FAILURES.md}, and any other file failing,
 * or a listed one passing, fails the test. Writes the whole outcome to
 * {@code target/import-corpus-report.md}.
 */
class ImportCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

  @Test
  void everyCorpusFileRoundTripsOrIsAKnownFailure(@TempDir Path work) throws Exception {
    var started = System.nanoTime();
    var byFile = new TreeMap<String, List<SourceDocument>>();
    var documents = ManifestReader.read(CORPUS);
    for (var document : documents) {
      byFile.computeIfAbsent(document.file(), f -> new ArrayList<>()).add(document);
    }
    var outcomes = new LinkedHashMap<String, String>();
    var files = new ArrayList<String>();
    var results = new ArrayList<ImportResult>();
    int index = 0;
    for (var entry : byFile.entrySet()) {
      index++;
      try {
        results.add(ClusterImporter.importObjects(entry.getValue(), "com.example.corpus", "corpus",
            String.format(Locale.ROOT, "Corpus%03d", index)));
        files.add(entry.getKey());
      } catch (RuntimeException e) {
        outcomes.put(entry.getKey(), "not imported: " + e.getMessage().replace('\n', ' '));
      }
    }
    var importing = String.format(Locale.ROOT, "read and imported %d objects of %d files in %d ms (one JVM, cold)",
        documents.size(), byFile.size(), (System.nanoTime() - started) / 1_000_000);
    var compiled = RoundTrip.compile(results, work);
    for (int i = 0; i < files.size(); i++) {
      var file = files.get(i);
      if (compiled.get(i) instanceof String error) {
        outcomes.put(file, error);
        continue;
      }
      try {
        var outcome = RoundTrip.compare(byFile.get(file), results.get(i), (ClusterDefinition) compiled.get(i));
        outcomes.put(file, !outcome.differences().isEmpty() ? "differs: " + outcome.differences().get(0)
            : outcome.exact() ? "exact" : "with reported changes");
      } catch (ProblemsException e) {
        outcomes.put(file, "checks fail: " + e.problems().get(0));
      } catch (RuntimeException e) {
        outcomes.put(file, "define() fails: " + e);
      }
    }
    var report = new StringBuilder();
    var counts = new TreeMap<String, Integer>();
    outcomes.forEach((file, outcome) -> {
      var kind = outcome.equals("exact") || outcome.equals("with reported changes") ? outcome : "not";
      counts.merge(kind, 1, Integer::sum);
      report.append("- ").append(file).append(": ").append(outcome.replace('\n', ' ')).append('\n');
    });
    var summary = byFile.size() + " files: " + counts + "; " + importing;
    Files.writeString(Path.of("target/import-corpus-report.md"), summary + "\n\n" + report, StandardCharsets.UTF_8);
    System.out.println("import corpus: " + summary);
    var failed = new TreeMap<String, String>();
    outcomes.forEach((file, outcome) -> {
      if (!outcome.equals("exact") && !outcome.equals("with reported changes")) {
        failed.put(file, outcome);
      }
    });
    assertEquals(knownFailures(), failed.keySet().stream().toList(), summary);
  }

  /** The files of {@code KNOWN-FAILURES.md}: lines {@code - path: reason}. */
  private static List<String> knownFailures() throws Exception {
    return Files.readAllLines(CORPUS.resolve("KNOWN-FAILURES.md")).stream()
        .filter(line -> line.startsWith("- "))
        .map(line -> line.substring(2, line.indexOf(':')))
        .sorted().toList();
  }
}
