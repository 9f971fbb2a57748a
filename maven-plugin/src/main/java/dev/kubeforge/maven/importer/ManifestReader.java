package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Kubernetes manifests: multi-document YAML (JSON is YAML too), {@code kind: List}, and directories
 * walked in sorted path order, each object with its {@code file:line}. Uses snakeyaml-engine's node graph
 * (YAML 1.2) for the marks. Every unusable file or document is a problem, all of them reported at once: a
 * file that is not YAML, duplicate keys, a document without {@code apiVersion} or {@code kind}, a file over
 * {@link #MAX_FILE_SIZE} or holding bytes that are not UTF-8 text.
 */
public final class ManifestReader {

  /** The largest file read, in bytes: far above any manifest a person keeps (8 MiB). */
  public static final long MAX_FILE_SIZE = 8L << 20;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<SourceDocument> documents = new ArrayList<>();

  private ManifestReader() {}

  /**
   * Every object in {@code from}, a file or a directory (its {@code .yaml}, {@code .yml} and {@code .json}
   * files, in sorted path order). Throws {@link ImportException} with every problem when any file is unusable.
   */
  public static List<SourceDocument> read(Path from) {
    requireNonNull(from, "from");
    if (!Files.exists(from)) {
      throw new IllegalArgumentException("from: no such file or directory: " + from);
    }
    var reader = new ManifestReader();
    if (Files.isDirectory(from)) {
      for (Path file : manifests(from)) {
        reader.readFile(file, from.relativize(file).toString().replace('\\', '/'));
      }
    } else {
      reader.readFile(from, from.getFileName().toString());
    }
    if (!reader.problems.isEmpty()) {
      throw new ImportException(reader.problems);
    }
    return List.copyOf(reader.documents);
  }

  /** Reads the objects of one YAML text named {@code file}; for tests and plain-Java callers. */
  public static List<SourceDocument> read(String file, String yaml) {
    var reader = new ManifestReader();
    reader.parse(file, yaml);
    if (!reader.problems.isEmpty()) {
      throw new ImportException(reader.problems);
    }
    return List.copyOf(reader.documents);
  }

  private static List<Path> manifests(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            var name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
          })
          .sorted(Comparator.comparing(f -> directory.relativize(f).toString().replace('\\', '/')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private void readFile(Path path, String file) {
    try {
      var size = Files.size(path);
      if (size > MAX_FILE_SIZE) {
        problems.add(new ImportProblem(file, 1, 1, "file too large: " + size + " bytes (at most " + MAX_FILE_SIZE
            + " are read)"));
        return;
      }
      var bytes = Files.readAllBytes(path);
      var text = text(file, bytes);
      if (text != null) {
        parse(file, text);
      }
    } catch (IOException e) {
      problems.add(new ImportProblem(file, 0, 0, "cannot read: " + e.getMessage()));
    }
  }

  /** The UTF-8 text of {@code bytes}, or {@code null} (and a problem at the first bad byte) when binary. */
  private String text(String file, byte[] bytes) {
    int bad = -1;
    for (int i = 0; i < bytes.length && bad < 0; i++) {
      if (bytes[i] == 0) {
        bad = i;
      }
    }
    String text = null;
    if (bad < 0) {
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        bad = firstInvalidUtf8(bytes);
      }
    }
    if (text == null) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      problems.add(new ImportProblem(file, line, column, "binary file: byte 0x"
          + String.format(Locale.ROOT, "%02x", bytes[bad] & 0xFF) + " at offset " + bad + " is not UTF-8 text"));
    }
    return text;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    var in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : 0;
  }

  private void parse(String file, String text) {
    var settings = LoadSettings.builder().setLabel(file).setCodePointLimit(Integer.MAX_VALUE).build();
    try {
      for (Node root : new Compose(settings).composeAllFromString(text)) {
        var tree = convert(file, root);
        if (tree == null || tree.isNull()) {
          continue;
        }
        if (!(tree instanceof ObjectNode object)) {
          problem(file, root.getStartMark().orElse(null), "a document must be a Kubernetes object (a mapping), not a "
              + tree.getNodeType().toString().toLowerCase(Locale.ROOT));
          continue;
        }
        if (object.path("kind").asString("").equals("List") && object.path("items").isArray()) {
          var items = ((SequenceNode) value(root, "items")).getValue();
          for (int i = 0; i < items.size(); i++) {
            document(file, items.get(i), object.path("items").get(i));
          }
        } else {
          document(file, root, object);
        }
      }
    } catch (MarkedYamlEngineException e) {
      problem(file, e.getProblemMark().orElse(e.getContextMark().orElse(null)), "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      problems.add(new ImportProblem(file, 0, 0, "not valid YAML: " + e.getMessage()));
    }
  }

  private void document(String file, Node node, JsonNode tree) {
    var mark = node.getStartMark().orElse(null);
    if (!(tree instanceof ObjectNode object)) {
      problem(file, mark, "a List item must be a Kubernetes object (a mapping)");
      return;
    }
    boolean complete = true;
    for (String field : List.of("apiVersion", "kind")) {
      if (!object.path(field).isString() || object.path(field).asString().isBlank()) {
        problem(file, mark, "the object has no " + field + " (every Kubernetes object names its apiVersion and kind)");
        complete = false;
      }
    }
    if (complete && !object.path("metadata").path("name").isString()) {
      problem(file, mark, object.path("kind").asString() + " has no metadata.name");
      complete = false;
    }
    if (complete) {
      documents.add(new SourceDocument(file, mark == null ? 1 : mark.getLine() + 1, object));
    }
  }

  private static Node value(Node mapping, String key) {
    for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    throw new IllegalStateException("no key " + key);
  }

  /** The Jackson tree of {@code node}; a duplicate key is a problem (the first value stays). */
  private JsonNode convert(String file, Node node) {
    if (node instanceof MappingNode mapping) {
        var object = NODES.objectNode();
        var seen = new HashSet<String>();
        for (NodeTuple tuple : mapping.getValue()) {
          var keyNode = tuple.getKeyNode();
          if (!(keyNode instanceof ScalarNode key)) {
            problem(file, keyNode.getStartMark().orElse(null), "a mapping key must be a scalar");
            continue;
          }
          if (key.getTag().equals(Tag.MERGE) || key.getValue().equals("<<") && key.isPlain()) {
            problem(file, key.getStartMark().orElse(null), "merge keys (<<) are not supported; write the keys out");
            continue;
          }
          if (!seen.add(key.getValue())) {
            problem(file, key.getStartMark().orElse(null), "duplicate key '" + key.getValue() + "'");
            continue;
          }
          object.set(key.getValue(), convert(file, tuple.getValueNode()));
        }
        return object;
    } else if (node instanceof SequenceNode sequence) {
      var array = NODES.arrayNode();
      sequence.getValue().forEach(item -> array.add(convert(file, item)));
      return array;
    }
    return node instanceof ScalarNode scalar ? scalar(scalar) : NODES.nullNode();
  }

  private static JsonNode scalar(ScalarNode scalar) {
    var value = scalar.getValue();
    var tag = scalar.getTag();
    try {
      if (tag.equals(Tag.NULL)) {
        return NODES.nullNode();
      } else if (tag.equals(Tag.BOOL)) {
        return NODES.booleanNode(value.equalsIgnoreCase("true"));
      } else if (tag.equals(Tag.INT)) {
        var text = value.startsWith("+") ? value.substring(1) : value;
        BigInteger number = text.startsWith("0x") ? new BigInteger(text.substring(2), 16)
            : text.startsWith("0o") ? new BigInteger(text.substring(2), 8) : new BigInteger(text);
        return number.bitLength() < 32 ? NODES.numberNode(number.intValue())
            : number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
      } else if (tag.equals(Tag.FLOAT)) {
        var text = value.toLowerCase(Locale.ROOT);
        return NODES.numberNode(text.endsWith(".inf") ? (text.startsWith("-") ? Double.NEGATIVE_INFINITY
            : Double.POSITIVE_INFINITY) : text.equals(".nan") ? Double.NaN : Double.parseDouble(value));
      }
    } catch (NumberFormatException e) {
      // not the number the resolver took it for: keep the text
    }
    return NODES.stringNode(value);
  }

  private void problem(String file, Mark mark, String message) {
    problems.add(mark == null ? new ImportProblem(file, 0, 0, message)
        : new ImportProblem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
  }
}
