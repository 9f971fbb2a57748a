package dev.kubeforge.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps the lines of the levels it is given, each prefixed with its level: {@code warn: ...}. */
final class RecordingLog extends SystemStreamLog {

  final List<String> lines = new ArrayList<>();
  private final Set<String> levels;

  RecordingLog(String... levels) {
    this.levels = Set.of(levels);
  }

  @Override
  public void debug(CharSequence content) {
    record("debug", content);
  }

  @Override
  public void info(CharSequence content) {
    record("info", content);
  }

  @Override
  public void warn(CharSequence content) {
    record("warn", content);
  }

  @Override
  public void error(CharSequence content) {
    record("error", content);
  }

  private void record(String level, CharSequence content) {
    if (levels.contains(level)) {
      lines.add(level + ": " + content);
    }
  }
}
