package dev.kubeforge.report;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.check.Checks;
import dev.kubeforge.check.Problem;
import dev.kubeforge.core.Declarations;
import dev.kubeforge.core.ObjectPath;
import dev.kubeforge.core.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generation's problems, errors and warnings, as a SARIF 2.1.0 log that GitHub code scanning accepts:
 * one rule per check id with its description, one result per problem with its level, its message (path,
 * message, check id and hint, as the Maven log prints it), the Java line that declared the object as its
 * location and the generated file of the object, where one exists, as a related location.
 *
 * <pre>{@code
 * try {
 *   var generation = Kubeforge.generate(definitions);
 *   SarifReport.write(generation.warnings(), generation.declarations(), layout, Path.of("target/kubeforge.sarif"));
 * } catch (ProblemsException e) {
 *   SarifReport.write(e.problems(), e.declarations(), layout, Path.of("target/kubeforge.sarif"));
 * }
 * }</pre>
 *
 * <p>Source files are given relative to {@code %SRCROOT%}, the project directory
 * ({@code src/main/java/com/example/Production.java}); the log maps {@code %SRCROOT%} to its absolute
 * URI. The bytes depend only on the problems and the layout: no timestamps.
 */
public final class SarifReport {

  /** The base id of every relative location: the project directory. */
  public static final String SRCROOT = "%SRCROOT%";

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SarifReport() {}

  /**
   * Where the files of a project are, so that results can name them.
   *
   * @param projectDirectory what {@code %SRCROOT%} stands for; every relative URI is relative to it
   * @param sourceRoots the directories of the definitions' Java sources, absolute or relative to the
   *     project directory, searched in order for a declaration's file; the first is assumed when none has it
   * @param outputDirectory where the generated tree is, or would be written
   * @param outputFiles the generated tree's files, relative to {@code outputDirectory} with {@code /}
   */
  public record Layout(Path projectDirectory, List<Path> sourceRoots, Path outputDirectory, Set<String> outputFiles) {

    public Layout {
      projectDirectory = requireNonNull(projectDirectory, "projectDirectory").toAbsolutePath().normalize();
      var base = projectDirectory;
      sourceRoots = requireNonNull(sourceRoots, "sourceRoots").stream()
          .map(root -> base.resolve(root).normalize()).toList();
      outputDirectory = base.resolve(requireNonNull(outputDirectory, "outputDirectory")).normalize();
      outputFiles = Set.copyOf(new TreeSet<>(outputFiles));
    }

    /** The usual Maven layout: sources under {@code src/main/java}, the tree in {@code generated/}. */
    public static Layout maven(Path projectDirectory, Set<String> outputFiles) {
      return new Layout(projectDirectory, List.of(Path.of("src", "main", "java")), Path.of("generated"), outputFiles);
    }
  }

  /** Writes the log to {@code file}, replacing it; its folder is created when missing. */
  public static void write(List<Problem> problems, Declarations declarations, Layout layout, Path file)
      throws IOException {
    var bytes = MAPPER.writeValueAsBytes(log(problems, declarations, layout));
    var target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The log as a JSON tree. */
  static ObjectNode log(List<Problem> problems, Declarations declarations, Layout layout) {
    requireNonNull(declarations, "declarations");
    requireNonNull(layout, "layout");
    var ids = new TreeSet<>(Checks.allIds());
    problems.forEach(problem -> ids.add(problem.checkId()));
    var ruleIndex = new HashMap<String, Integer>();

    var log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    var run = log.putArray("runs").addObject();
    var driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Kubeforge");
    var rules = driver.putArray("rules");
    for (String id : ids) {
      ruleIndex.put(id, rules.size());
      var description = CheckDescriptions.of(id);
      var rule = rules.addObject();
      rule.put("id", id);
      rule.putObject("shortDescription").put("text", description);
      rule.putObject("fullDescription").put("text", description);
      rule.putObject("help").put("text", description + " Accept it on an object and everything below it with"
          + " .allow(\"" + id + "\", \"a reason a reviewer can judge\") where the check allows it.");
    }
    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(layout.projectDirectory()));
    run.put("columnKind", "utf16CodeUnits");
    var results = run.putArray("results");
    for (Problem problem : problems) {
      result(results.addObject(), problem, ruleIndex.get(problem.checkId()), declarations, layout);
    }
    return log;
  }

  private static void result(ObjectNode result, Problem problem, int ruleIndex, Declarations declarations,
      Layout layout) {
    result.put("ruleId", problem.checkId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", problem.isError() ? "error" : "warning");
    result.putObject("message").put("text", problem.toString());
    var generated = generatedFiles(problem.path(), layout);
    var declared = declarations.nearest(problem.path());
    var locations = result.putArray("locations");
    var location = locations.addObject();
    if (declared.isPresent()) {
      var physical = location.putObject("physicalLocation");
      artifact(physical, sourceFile(declared.get(), layout));
      physical.putObject("region").put("startLine", declared.get().line());
    } else if (!generated.isEmpty()) {
      artifact(location.putObject("physicalLocation"), generated.get(0));
    }
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", problem.path().toString());
    if (declared.isPresent() && !generated.isEmpty()) {
      var related = result.putArray("relatedLocations");
      for (Path file : generated) {
        var entry = related.addObject();
        entry.put("id", related.size());
        artifact(entry.putObject("physicalLocation"), file);
        entry.putObject("message").put("text", "generated from this definition");
      }
    }
  }

  private static void artifact(ObjectNode physical, Path file) {
    var artifact = physical.putObject("artifactLocation");
    if (relativeUri(file).isPresent()) {
      artifact.put("uri", relativeUri(file).get());
      artifact.put("uriBaseId", SRCROOT);
    } else {
      artifact.put("uri", file.toUri().toString());
    }
  }

  /** The declaration's file under the first source root that has it, relative to the project directory. */
  private static Path sourceFile(SourceLocation declared, Layout layout) {
    var relative = declared.relativePath();
    for (Path root : layout.sourceRoots()) {
      var file = root.resolve(relative);
      if (Files.isRegularFile(file)) {
        return layout.projectDirectory().relativize(file);
      }
    }
    var first = layout.sourceRoots().isEmpty() ? layout.projectDirectory() : layout.sourceRoots().get(0);
    return layout.projectDirectory().relativize(first.resolve(relative));
  }

  /**
   * The generated files of the object at {@code path}: its manifest ({@code <cluster>/kubernetes/<namespace>/
   * <kind>-<name>.yaml}, a namespace's or a cluster-scoped object's under {@code _cluster/}), a node's
   * kubeadm and cloud-init files; those the output holds, sorted, relative to the project directory when
   * inside it.
   */
  private static List<Path> generatedFiles(ObjectPath path, Layout layout) {
    var segments = path.segments();
    var cluster = name(segments.get(0), "cluster");
    if (cluster.isEmpty()) {
      return List.of();
    }
    var candidates = new ArrayList<String>();
    if (segments.size() > 1) {
      var namespace = name(segments.get(1), "namespace");
      var node = name(segments.get(1), "node");
      if (namespace.isPresent() && segments.size() > 2) {
        objects(layout, cluster.get() + "/kubernetes/" + namespace.get() + "/", segments.get(2), candidates);
      } else if (namespace.isPresent()) {
        candidates.add(cluster.get() + "/kubernetes/_cluster/namespace-" + namespace.get() + ".yaml");
      } else if (node.isPresent()) {
        candidates.add(cluster.get() + "/kubeadm/" + node.get() + ".yaml");
        candidates.add(cluster.get() + "/cloud-init/" + node.get() + ".yaml");
      } else {
        objects(layout, cluster.get() + "/kubernetes/_cluster/", segments.get(1), candidates);
      }
    }
    var files = new ArrayList<Path>();
    candidates.stream().filter(layout.outputFiles()::contains).sorted()
        .forEach(file -> files.add(layout.outputDirectory().resolve(file.replace('/', File.separatorChar))));
    return files.stream().map(file -> file.startsWith(layout.projectDirectory())
        ? layout.projectDirectory().relativize(file) : file).toList();
  }

  /** The output's files {@code <directory><kind>-<name>.yaml} for a segment {@code <construct> <name>}. */
  private static void objects(Layout layout, String directory, String segment, List<String> into) {
    int space = segment.indexOf(' ');
    if (space < 0) {
      return;
    }
    var suffix = "-" + segment.substring(space + 1) + ".yaml";
    for (String file : layout.outputFiles()) {
      if (file.startsWith(directory) && file.indexOf('/', directory.length()) < 0) {
        var name = file.substring(directory.length());
        int dash = name.indexOf('-');
        if (dash > 0 && name.substring(dash).equals(suffix)) {
          into.add(file);
        }
      }
    }
  }

  private static Optional<String> name(String segment, String kind) {
    return segment.startsWith(kind + " ") ? Optional.of(segment.substring(kind.length() + 1)) : Optional.empty();
  }

  /** A relative path as a URI reference with {@code /}, or empty for an absolute path. */
  private static Optional<String> relativeUri(Path file) {
    if (file.isAbsolute()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(null, null, file.toString().replace(File.separatorChar, '/'), null).getRawPath());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path a URI can hold: " + file, e);
    }
  }

  private static String directoryUri(Path directory) {
    var uri = directory.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
