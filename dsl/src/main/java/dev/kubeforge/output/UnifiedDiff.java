package dev.kubeforge.output;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The unified diff of one file, as git prints it: {@code a/} and {@code b/} headers ({@code /dev/null}
 * for a side that does not exist), three lines of context, and {@code \ No newline at end of file}
 * after a last line without one. Bytes that are not UTF-8 are reported as binary.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\n\\ No newline at end of file";

  private UnifiedDiff() {}

  /** The lines of the diff from {@code before} to {@code after}; {@code null} for a missing side. */
  static List<String> lines(String path, byte[] before, byte[] after) {
    String beforeName = before == null ? "/dev/null" : "a/" + path;
    String afterName = after == null ? "/dev/null" : "b/" + path;
    List<String> beforeLines;
    List<String> afterLines;
    try {
      beforeLines = textLines(before);
      afterLines = textLines(after);
    } catch (CharacterCodingException e) {
      return List.of("Binary files " + beforeName + " and " + afterName + " differ");
    }
    List<String> diff;
    if (before == null || after == null) {
      diff = wholeFile(beforeName, afterName, before == null ? afterLines : beforeLines, before == null);
    } else {
      diff = UnifiedDiffUtils.generateUnifiedDiff(
          beforeName, afterName, beforeLines, DiffUtils.diff(beforeLines, afterLines), CONTEXT);
    }
    // A last line without newline carries the marker as a line of its own.
    var lines = new ArrayList<String>(diff.size());
    for (String line : diff) {
      lines.addAll(Arrays.asList(line.split("\n", -1)));
    }
    return lines;
  }

  /**
   * A whole file added or removed. Written here rather than by java-diff-utils, which numbers the
   * empty side {@code -1,0} where git and patch expect {@code -0,0}.
   */
  private static List<String> wholeFile(String beforeName, String afterName, List<String> lines,
      boolean added) {
    var diff = new ArrayList<String>(lines.size() + 3);
    diff.add("--- " + beforeName);
    diff.add("+++ " + afterName);
    if (!lines.isEmpty()) {
      String range = "1," + lines.size();
      diff.add(added ? "@@ -0,0 +" + range + " @@" : "@@ -" + range + " +0,0 @@");
      String sign = added ? "+" : "-";
      for (String line : lines) {
        diff.add(sign + line);
      }
    }
    return diff;
  }

  /** The LF-separated lines of strict UTF-8 text; the last one carries the marker when unterminated. */
  private static List<String> textLines(byte[] bytes) throws CharacterCodingException {
    if (bytes == null || bytes.length == 0) {
      return List.of();
    }
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    var lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int last = lines.size() - 1;
    if (lines.get(last).isEmpty()) {
      lines.remove(last);
    } else {
      lines.set(last, lines.get(last) + NO_NEWLINE);
    }
    return lines;
  }
}
