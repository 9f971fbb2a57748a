package dev.kubeforge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kubeforge.check.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README is the users' reference for check ids: every id a user can allow is listed there. */
class ReadmeTest {

  @Test
  void everyCheckIdIsDocumented() throws IOException {
    var readme = Files.readString(Path.of("..", "README.md"));
    var missing = Checks.knownIds().stream().filter(id -> !readme.contains("`" + id + "`")).toList();
    assertEquals(List.of(), missing, "check ids missing from README.md's Checks table");
  }
}
