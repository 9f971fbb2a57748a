package dev.kubeforge.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The external validators of {@code ../shared/VALIDATORS.md}, as installed by {@code .ci/validators install}. */
final class Validators {

  /** Where the validators are installed. */
  static final Path HOME = Path.of("/var/tmp/kubeforge-validate");

  private Validators() {}

  /** Skips the calling test where the validators are not installed; CI always has them. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(Files.exists(HOME.resolve(".installed")),
        "the validators are not installed at " + HOME
            + " (run ../shared/validate/install-deps.sh as root); CI always has them");
  }

  /** What a command printed (stdout and stderr together) and its exit status. */
  record Result(int status, String output) {}

  /** Runs a command to its end, at most five minutes. */
  static Result run(String... command) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", command));
    }
    return new Result(process.exitValue(), output);
  }
}
