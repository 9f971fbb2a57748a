package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An import's output: the {@code ClusterDefinition} source, the resource files beside it (paths relative
 * to the resource root, such as {@code com/acme/infra/web/nginx.conf}), and the report.
 */
public record ImportResult(JavaFile java, SortedMap<String, String> resources, ImportReport report) {

  public ImportResult {
    requireNonNull(java, "java");
    requireNonNull(report, "report");
    resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
  }

  /** The definition's path relative to the source root, such as {@code com/acme/infra/Prod.java}. */
  public String javaPath() {
    return (java.packageName().isEmpty() ? "" : java.packageName().replace('.', '/') + "/")
        + java.typeSpec().name() + ".java";
  }

  /** The definition's source text. */
  public String source() {
    return java.toString();
  }

  /**
   * Writes the definition under {@code sourceRoot} and the resources under {@code resourceRoot}, and
   * returns the files written. Unless {@code overwrite}, throws {@link IllegalStateException} naming every
   * file that exists already, and writes nothing.
   */
  public List<Path> write(Path sourceRoot, Path resourceRoot, boolean overwrite) throws IOException {
    var files = new TreeMap<Path, String>();
    files.put(sourceRoot.resolve(javaPath()), source());
    resources.forEach((path, text) -> files.put(resourceRoot.resolve(path), text));
    if (!overwrite) {
      var existing = files.keySet().stream().filter(Files::exists).map(Path::toString).toList();
      if (!existing.isEmpty()) {
        throw new IllegalStateException("refusing to overwrite " + String.join(", ", existing)
            + " (nothing was written; pass -Dkube.overwrite=true to replace)");
      }
    }
    var written = new ArrayList<Path>();
    for (var file : files.entrySet()) {
      Files.createDirectories(file.getKey().getParent());
      Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
      written.add(file.getKey());
    }
    return written;
  }
}
