package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kubeforge.check.ProblemsException;
import dev.kubeforge.cloudinit.CloudInit;
import dev.kubeforge.cluster.Cluster;
import dev.kubeforge.cluster.Node;
import dev.kubeforge.core.Size;
import dev.kubeforge.host.Directive;
import dev.kubeforge.host.HostProfile;
import dev.kubeforge.host.Service;
import dev.kubeforge.k8s.Autoscaler;
import dev.kubeforge.k8s.HostPath;
import dev.kubeforge.k8s.PodCount;
import dev.kubeforge.k8s.Probe;
import dev.kubeforge.output.FileTree;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Hostile input at every entry point that takes a string or a number: each draw is refused at the call
 * site with an {@link IllegalArgumentException} naming the argument, or reported as a problem by the
 * build, or rendered to files that stay inside the output tree and that snakeyaml-engine (or the systemd
 * line rule) reads back to exactly the value given. Any other exception fails the property with the seed
 * that reproduces it; {@code -Dkubeforge.hostile.seed=N} starts at another seed and
 * {@code -Dkubeforge.hostile.cases=N} changes the number of draws per property.
 */
final class HostileInputPropertyTest {

  private static final long FIRST_SEED = Long.getLong("kubeforge.hostile.seed", 20_261_202L);
  private static final int CASES = Integer.getInteger("kubeforge.hostile.cases", 2000);
  private static final AtomicInteger GENERATED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger REPORTED = new AtomicInteger();
  private static final AtomicInteger RENDERED = new AtomicInteger();

  /** Pieces a hostile string is made of: YAML indicators, controls, line breaks, unicode oddities. */
  private static final String[] PIECES = {
    "a", "z", "0", "9", "-", ".", "_", "/", " ", "  ", "\t", "\n", "\r", "\r\n", "\0", "\u0007", "\u001B",
    "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u202E", "\u200F", "\uFFFE",
    ":", "#", "?", "{", "}", "[", "]", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", ",",
    ": ", " #", "- ", "---", "...", "<<", "${A}", "$(id)", "..", "../", "/..", "yes", "null", "~", "0x1F",
    "017", "1e3", ".inf", "1:20", "\uD83D\uDE80", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u00E9",
    "\u65E5", "\uDB40\uDC67", "\uD800", "A", "Z", "%n", "=",
  };

  private static final Load YAML = new Load(LoadSettings.builder().setSchema(new CoreSchema())
      .setAllowDuplicateKeys(false).setCodePointLimit(Integer.MAX_VALUE).build());

  @AfterAll
  static void printCount() {
    System.out.println("HostileInputPropertyTest: " + GENERATED.get() + " generated cases (seed " + FIRST_SEED
        + ", " + CASES + " per property): " + REFUSED.get() + " refused at the call site, " + REPORTED.get()
        + " reported as problems, " + RENDERED.get() + " rendered and read back");
  }

  /** A hostile string: empty, one of 10k characters, or a few random pieces, sometimes padded with spaces. */
  static String hostile(Random random) {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      return "a".repeat(10_000);
    }
    if (kind == 2) {
      var sb = new StringBuilder();
      while (sb.length() < 10_000) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      return sb.toString();
    }
    var sb = new StringBuilder();
    if (random.nextInt(6) == 0) {
      sb.append(' ');
    }
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    if (random.nextInt(6) == 0) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** A number near the edges of the ranges the DSL takes. */
  static long number(Random random) {
    long[] edges = {0, 1, -1, 63, 64, 100, 101, 1023, 1024, 30000, 32767, 32768, 65535, 65536, 1_000_000_000,
      Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 8_388_608};
    return switch (random.nextInt(3)) {
      case 0 -> edges[random.nextInt(edges.length)];
      case 1 -> random.nextInt(200_000) - 100_000;
      default -> random.nextLong();
    };
  }

  /** One draw of a property: the seed picks the input, the body applies it and checks the outcome. */
  interface Draw {
    void run(Random random);
  }

  private static void property(String name, Draw draw) {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      GENERATED.incrementAndGet();
      try {
        draw.run(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(name + ": seed " + seed + " (rerun: -Dkubeforge.hostile.seed=" + seed
            + " -Dkubeforge.hostile.cases=1) fails: " + e, e);
      }
    }
  }

  /**
   * Runs {@code call}; an {@link IllegalArgumentException} must name the argument (one of the
   * {@code |}-separated {@code arguments}), and returns false.
   * Returns true when the call accepted the input.
   */
  private static boolean accepted(String arguments, Runnable call) {
    try {
      call.run();
      return true;
    } catch (IllegalArgumentException e) {
      REFUSED.incrementAndGet();
      assertTrue(e.getMessage() != null && List.of(arguments.split("\\|")).stream().anyMatch(e.getMessage()::contains),
          "the refusal does not name the " + arguments + ": " + e.getMessage());
      return false;
    }
  }

  /** Generates {@code cluster}; returns its files, or null when the build reported problems. */
  private static FileTree generated(Cluster.Builder cluster) {
    FileTree files;
    try {
      files = Kubeforge.generate(() -> cluster.build()).files();
    } catch (ProblemsException e) {
      assertTrue(!e.problems().isEmpty(), "a ProblemsException without problems");
      REPORTED.incrementAndGet();
      return null;
    }
    for (String path : files.paths()) {
      assertTrue(!path.startsWith("/") && !path.contains("\\") && !path.contains("\0")
          && List.of(path.split("/", -1)).stream().noneMatch(p -> p.isEmpty() || p.equals(".") || p.equals("..")),
          "a generated path leaves the output tree: " + path);
    }
    RENDERED.incrementAndGet();
    return files;
  }

  private static Object load(FileTree files, String path) {
    assertTrue(files.contains(path), "no file " + path + " in " + files.paths());
    return YAML.loadFromString(files.text(path));
  }

  @SuppressWarnings("unchecked")
  private static Object at(Object tree, Object... keys) {
    Object node = tree;
    for (Object key : keys) {
      if (key instanceof Integer index) {
        node = ((List<Object>) node).get(index);
      } else {
        node = ((Map<String, Object>) node).get(key);
      }
      Objects.requireNonNull(node, () -> "nothing at " + List.of(keys) + " in " + tree);
    }
    return node;
  }

  private static Cluster.Builder aCluster() {
    return Cluster.named("h");
  }

  private static void app(Cluster.Builder cluster, Consumer<dev.kubeforge.k8s.App.Builder> settings) {
    var app = cluster.namespace("web").app("site").image("nginx:1.27.3").replicas(2).port("http", 8080)
        .readiness(Probe.http("/", "http"));
    settings.accept(app);
  }

  private static final String DEPLOYMENT = "h/kubernetes/web/deployment-site.yaml";

  @Test
  void names() {
    property("names", random -> {
      String name = hostile(random);
      int where = random.nextInt(4);
      var cluster = where == 0 ? null : aCluster();
      boolean ok = switch (where) {
        case 0 -> accepted("cluster name", () -> Cluster.named(name));
        case 1 -> accepted("namespace name", () -> cluster.namespace(name));
        case 2 -> accepted("app name", () -> cluster.namespace("web").app(name).image("nginx:1.27.3"));
        default -> accepted("config map name", () -> cluster.namespace("web").configMap(name).entry("k", "v"));
      };
      if (ok && cluster != null) {
        generated(cluster);
      }
    });
  }

  @Test
  void labelKeysAndValues() {
    property("labels", random -> {
      String key = random.nextBoolean() ? hostile(random) : "tier";
      String value = random.nextBoolean() ? hostile(random) : "front";
      var cluster = aCluster();
      if (accepted("label", () -> app(cluster, a -> a.label(key, value)))) {
        var files = generated(cluster);
        if (files != null) {
          assertEquals(value, at(load(files, DEPLOYMENT), "metadata", "labels", key));
        }
      }
    });
  }

  @Test
  void annotationKeys() {
    property("annotations", random -> {
      String key = hostile(random);
      String value = hostile(random);
      var ingress = aCluster().namespace("web").ingress("site");
      accepted("annotation key|annotation value", () -> ingress.annotation(key, value));
    });
  }

  @Test
  void envValues() {
    property("env", random -> {
      String name = random.nextInt(4) == 0 ? hostile(random) : "GREETING";
      String value = hostile(random);
      var cluster = aCluster();
      if (accepted("environment variable name|value", () -> app(cluster, a -> a.env(name, value)))) {
        var files = generated(cluster);
        if (files != null) {
          var env = at(load(files, DEPLOYMENT), "spec", "template", "spec", "containers", 0, "env", 0);
          assertEquals(Map.of("name", name, "value", value), env);
        }
      }
    });
  }

  @Test
  void configMapEntries() {
    property("configMap", random -> {
      String key = random.nextInt(3) == 0 ? "app.conf" : hostile(random);
      String value = hostile(random);
      var cluster = aCluster();
      if (accepted("key|value", () -> cluster.namespace("web").configMap("conf").entry(key, value))) {
        var files = generated(cluster);
        if (files != null) {
          assertEquals(Map.of(key, value), at(load(files, "h/kubernetes/web/configmap-conf.yaml"), "data"));
        }
      }
    });
  }

  @Test
  void systemdDirectiveValues() {
    property("systemd", random -> {
      String value = hostile(random);
      var directive = new Directive[1];
      if (!accepted("Unit.Description", () -> directive[0] = new Directive("Unit", "Description", value))) {
        return;
      }
      var profile = HostProfile.named("node", p -> p.unit(Service.named("probe").execStart("/bin/true")
          .directive(directive[0])));
      var cluster = aCluster().controlPlane(Node.named("cp", n -> n.address("10.0.0.10").profile(profile)));
      var files = generated(cluster);
      if (files == null) {
        return;
      }
      String unit = files.paths().stream().filter(p -> p.endsWith("/probe.service")).findFirst()
          .map(files::text).orElseThrow(() -> new AssertionError("no probe.service in " + files.paths()));
      // systemd reads a line up to its break, strips the value's surrounding whitespace and joins a line
      // that ends in a backslash with the next
      String line = unit.lines().filter(l -> l.startsWith("Description=")).findFirst().orElseThrow();
      assertTrue(!line.endsWith("\\"), "the line continues onto the next: " + line);
      assertEquals(value, line.substring("Description=".length()).strip(), "systemd reads another value");
    });
  }

  @Test
  void cloudInitFiles() {
    property("cloud-init", random -> {
      String path = random.nextBoolean() ? "/etc/" + hostile(random) : hostile(random);
      String content = hostile(random);
      var file = new CloudInit.File[1];
      if (!accepted("path|content", () -> file[0] = CloudInit.File.of(path, content))) {
        return;
      }
      assertTrue(path.startsWith("/") && path.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))
          && List.of(path.substring(1).split("/", -1)).stream().noneMatch(p -> p.isEmpty() || p.equals(".")
              || p.equals("..")), "a node path that is not absolute and normalized was accepted: " + path);
      var cluster = aCluster().controlPlane(Node.named("cp", n -> n.address("10.0.0.10")))
          .cloudInit(c -> c.file(file[0]));
      var files = generated(cluster);
      if (files == null) {
        return;
      }
      @SuppressWarnings("unchecked")
      var written = (List<Map<String, Object>>) at(load(files, "h/cloud-init/cp.yaml"), "write_files");
      var entry = written.stream().filter(f -> path.equals(f.get("path"))).findFirst()
          .orElseThrow(() -> new AssertionError("no write_files entry for the path in " + written));
      assertEquals(content, entry.get("content"));
    });
  }

  @Test
  void numbersOutOfRange() {
    property("numbers", random -> {
      long n = number(random);
      int i = (int) n;
      var cluster = aCluster();
      var web = cluster.namespace("web");
      switch (random.nextInt(7)) {
        case 0 -> accepted("port", () -> web.app("site").port("http", i));
        case 1 -> accepted("replicas", () -> web.app("site").replicas(i));
        case 2 -> accepted("Size", () -> Size.mib(n));
        case 3 -> accepted("Size", () -> Size.gib(n));
        case 4 -> accepted("percentage|pod count", () -> PodCount.percent(i));
        case 5 -> accepted("minReplicas", () -> Autoscaler.between(i, (int) number(random)));
        default -> accepted("node port", () -> web.app("site").port("http", 8080).service().nodePort("http", i));
      }
    });
  }

  private static void assertRefused(String message, Runnable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
  }

  /** The defects the properties found, each refused at the call site now. */
  @Test
  void theDefectsFoundAreRefusedAtTheCallSite() {
    var web = aCluster().namespace("web");
    assertRefused("env GREETING value is not text: a lone surrogate U+D800 at index 2",
        () -> web.app("site").env("GREETING", "hi\uD800"));
    assertRefused("entry app.conf value is not text: a lone surrogate U+DC00 at index 0",
        () -> web.configMap("conf").entry("app.conf", "\uDC00x"));
    assertRefused("file path is not text: a lone surrogate U+D800 at index 5",
        () -> CloudInit.File.of("/etc/\uD800", "x"));
    assertRefused("file /etc/motd content is not text: a lone surrogate U+D83D at index 1",
        () -> CloudInit.File.of("/etc/motd", "a\uD83D"));
    assertRefused("file path is not an absolute, normalized path: '/etc/../root/.ssh/authorized_keys' (starts with"
        + " '/', no empty, '.' or '..' segment, no trailing '/')",
        () -> CloudInit.File.of("/etc/../root/.ssh/authorized_keys", "x"));
    assertRefused("file path holds a control character U+000A at index 4",
        () -> CloudInit.File.of("/etc\n/motd", "x"));
    assertRefused("host path is not an absolute, normalized path: '/var/log/../../etc' (starts with '/', no empty,"
        + " '.' or '..' segment, no trailing '/')", () -> HostPath.directory("logs", "/var/log/../../etc"));
    assertRefused("annotation key is not a qualified name: 'nginx.ingress.kubernetes.io/rewrite target' (an optional"
        + " DNS subdomain and '/', then at most 63 letters, digits and '-_.')",
        () -> web.ingress("site").annotation("nginx.ingress.kubernetes.io/rewrite target", "/"));
    assertRefused("annotation value is not text: a lone surrogate U+D800 at index 0",
        () -> web.ingress("site").annotation("example.com/x", "\uD800"));
    assertRefused("Unit.Description value ' web' starts or ends with whitespace or ends with a backslash, which"
        + " systemd strips or joins with the next line (quote it)", () -> new Directive("Unit", "Description", " web"));
    assertRefused("Service.ExecStart value '/bin/echo \\' starts or ends with whitespace or ends with a backslash,"
        + " which systemd strips or joins with the next line (quote it)",
        () -> new Directive("Service", "ExecStart", "/bin/echo \\"));
    assertRefused("Unit.Description value is not text: a lone surrogate U+D800 at index 0",
        () -> new Directive("Unit", "Description", "\uD800"));
    // a surrogate pair is text
    assertEquals("\uD83D\uDE80", new Directive("Unit", "Description", "\uD83D\uDE80").value());
  }
}
