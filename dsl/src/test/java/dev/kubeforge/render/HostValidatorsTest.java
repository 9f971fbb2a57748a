package dev.kubeforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the real parsers on the host golden files (the files {@link HostGoldenTest} proves are generated):
 * {@code systemd-analyze verify}, {@code dockerd --validate}, containerd's config dump and journald,
 * through the validator scripts installed at {@code /var/tmp/kubeforge-validate}. Skipped where they are
 * not installed; CI installs them.
 *
 * <p>The scripts check one file at a time, which two kinds of file cannot pass alone, so this test gives
 * them what they refer to: a {@code .socket} is verified together with the service it activates, and a
 * {@code daemon.json} with TLS gets a throw-away certificate at the paths it names (dockerd loads them).
 */
class HostValidatorsTest {

  private static final Path VALIDATORS = Validators.HOME;
  private static final Pattern EXEC = Pattern.compile("(?m)^Exec[A-Za-z]*=[-@:+!]*(/[^\\s;]+)");

  @BeforeAll
  static void validatorsInstalled() {
    Validators.assumeInstalled();
  }

  @Test
  void goldenHostFilesPassTheRealValidators(@TempDir Path temp) throws Exception {
    var copy = temp.resolve("golden");
    var sockets = new ArrayList<Path>();
    try (Stream<Path> files = Files.walk(HostGoldenTest.GOLDEN)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        var target = copy.resolve(HostGoldenTest.GOLDEN.relativize(file).toString());
        Files.createDirectories(target.getParent());
        if (file.getFileName().toString().endsWith(".socket")) {
          sockets.add(file);
        } else if (file.getFileName().toString().equals("daemon.json")) {
          Files.writeString(target, withThrowAwayCertificates(file, temp.resolve("certs")));
        } else {
          Files.copy(file, target);
        }
      }
    }
    var all = Validators.run(VALIDATORS.resolve("validate-all").toString(), copy.toString());
    assertTrue(all.output().contains(" passed, 0 failed"), all.output());
    assertEquals(0, all.status(), all.output());

    assertTrue(!sockets.isEmpty(), "the golden files hold a socket");
    for (Path socket : sockets) {
      var verify = verifySocket(socket, temp.resolve("root-" + socket.getFileName()));
      assertEquals("", verify.output(), socket.toString());
      assertEquals(0, verify.status(), socket.toString());
    }
  }

  /** daemon.json with its TLS files pointed at a new self-signed certificate, as dockerd loads them. */
  private static String withThrowAwayCertificates(Path daemonJson, Path dir) throws Exception {
    var mapper = JsonMapper.builder().build();
    var json = (ObjectNode) mapper.readTree(daemonJson.toFile());
    if (!json.has("tlscert")) {
      return Files.readString(daemonJson);
    }
    Files.createDirectories(dir);
    var key = dir.resolve("key.pem");
    var cert = dir.resolve("cert.pem");
    var openssl = Validators.run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=kubeforge-test",
        "-keyout", key.toString(), "-out", cert.toString());
    assertEquals(0, openssl.status(), openssl.output());
    json.put("tlscert", cert.toString());
    json.put("tlskey", key.toString());
    if (json.has("tlscacert")) {
      json.put("tlscacert", cert.toString());
    }
    return mapper.writeValueAsString(json);
  }

  /** validate-systemd.sh's check, with the activated service beside the socket. */
  private static Validators.Result verifySocket(Path socket, Path root) throws Exception {
    var units = root.resolve("etc/systemd/system");
    Files.createDirectories(units);
    var text = Files.readString(socket);
    var serviceLine = Pattern.compile("(?m)^Service=(\\S+)").matcher(text);
    var name = socket.getFileName().toString();
    var service = serviceLine.find() ? serviceLine.group(1) : name.substring(0, name.length() - ".socket".length()) + ".service";
    var unitFiles = List.of(socket, socket.resolveSibling(service));
    for (Path unit : unitFiles) {
      Files.copy(unit, units.resolve(unit.getFileName()));
      var exec = EXEC.matcher(Files.readString(unit));
      while (exec.find()) {
        var stub = root.resolve(exec.group(1).substring(1));
        Files.createDirectories(stub.getParent());
        Files.writeString(stub, "", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    return Validators.run("systemd-analyze", "verify", "--man=no", "--recursive-errors=no", "--root=" + root,
        units.resolve(name).toString());
  }

}
