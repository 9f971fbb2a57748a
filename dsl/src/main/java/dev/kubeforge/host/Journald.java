package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Size;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * journald's configuration, rendered as the drop-in {@code /etc/systemd/journald.conf.d/10-kubeforge.conf}
 * with a {@code [Journal]} section, so the packaged {@code journald.conf} stays untouched. Every key of
 * {@code [Journal]} (systemd 252) has a method, and {@link #option(String, String)} sets any other;
 * nothing is set by default, and keys are rendered in the order journald.conf(5) documents them, the
 * others after them, sorted.
 *
 * <p>journald takes sizes only: {@code SystemMaxUse=20%}, as seed 000 wrote it, is not a size, and
 * journald ignores it with a warning (its default is 10% of the file system, at most 4G).
 *
 * @param settings every key set, to its rendered value, in documentation order
 * @param options keys set through the escape hatch {@link #option(String, String)}, sorted; written after
 *     {@code settings}
 * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/journald.conf.html">journald.conf(5)</a>
 */
public record Journald(Map<String, String> settings, SortedMap<String, String> options) {

  /** The keys of {@code [Journal]}, in journald.conf(5)'s order. */
  private static final List<String> KEYS = List.of(
      "Storage", "Compress", "Seal", "SplitMode", "SyncIntervalSec", "RateLimitIntervalSec", "RateLimitBurst",
      "SystemMaxUse", "SystemKeepFree", "SystemMaxFileSize", "SystemMaxFiles",
      "RuntimeMaxUse", "RuntimeKeepFree", "RuntimeMaxFileSize", "RuntimeMaxFiles",
      "MaxRetentionSec", "MaxFileSec", "ForwardToSyslog", "ForwardToKMsg", "ForwardToConsole", "ForwardToWall",
      "TTYPath", "MaxLevelStore", "MaxLevelSyslog", "MaxLevelKMsg", "MaxLevelConsole", "MaxLevelWall",
      "LineMax", "ReadKMsg", "Audit");

  public Journald {
    for (String key : settings.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("not a [Journal] key: '" + key + "'");
      }
    }
    var ordered = new LinkedHashMap<String, String>();
    for (String key : KEYS) {
      if (settings.containsKey(key)) {
        ordered.put(key, requireNonNull(settings.get(key), key));
      }
    }
    settings = Collections.unmodifiableMap(ordered);
    var others = new TreeMap<String, String>();
    options.forEach((key, value) -> {
      if (KEYS.contains(new Directive("Journal", key, value).key())) {
        throw new IllegalArgumentException("[Journal] key '" + key + "' has a typed method on Journald; use it");
      }
      others.put(key, value);
    });
    options = Collections.unmodifiableSortedMap(others);
  }

  /** Nothing set: journald's defaults throughout. */
  public static Journald create() {
    return new Journald(Map.of(), new TreeMap<>());
  }

  /** Sets {@code Storage=}. Not set by default ({@code auto}). Replaces. */
  public Journald storage(Storage storage) {
    return set("Storage", requireNonNull(storage, "storage").value());
  }

  /** Sets {@code Compress=}: whether large entries are compressed. Not set by default (yes). Replaces. */
  public Journald compress(boolean enabled) {
    return set("Compress", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code Compress=} to a size: entries larger than it are compressed. Not set by default (512). Replaces. */
  public Journald compressAbove(Size threshold) {
    return set("Compress", requireNonNull(threshold, "threshold").toString());
  }

  /** Sets {@code Seal=}: Forward Secure Sealing, when a sealing key exists. Not set by default (yes). Replaces. */
  public Journald seal(boolean enabled) {
    return set("Seal", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code SplitMode=}. Not set by default ({@code uid}). Replaces. */
  public Journald splitMode(SplitMode mode) {
    return set("SplitMode", requireNonNull(mode, "mode").value());
  }

  /** Sets {@code SyncIntervalSec=}: how often the journal is synced to disk. Not set by default (5min). Replaces. */
  public Journald syncIntervalSec(Duration interval) {
    return set("SyncIntervalSec", SystemdTime.format("SyncIntervalSec", interval));
  }

  /** Sets {@code RateLimitIntervalSec=}, the window of {@code RateLimitBurst=}. Not set by default (30s). Replaces. */
  public Journald rateLimitIntervalSec(Duration interval) {
    return set("RateLimitIntervalSec", SystemdTime.format("RateLimitIntervalSec", interval));
  }

  /** Sets {@code RateLimitBurst=}: messages per service per window; 0 turns rate limiting off. Not set by default (10000). */
  public Journald rateLimitBurst(int messages) {
    return set("RateLimitBurst", Integer.toString(nonNegative("RateLimitBurst", messages)));
  }

  /** Sets {@code SystemMaxUse=}: disk space the persistent journal may use. Not set by default (10% of the file system, at most 4G). */
  public Journald systemMaxUse(Size size) {
    return set("SystemMaxUse", requireNonNull(size, "size").toString());
  }

  /** Sets {@code SystemKeepFree=}: disk space the persistent journal leaves free. Not set by default (15%, at most 4G). */
  public Journald systemKeepFree(Size size) {
    return set("SystemKeepFree", requireNonNull(size, "size").toString());
  }

  /** Sets {@code SystemMaxFileSize=}: the size at which a persistent journal file is rotated. Not set by default. */
  public Journald systemMaxFileSize(Size size) {
    return set("SystemMaxFileSize", requireNonNull(size, "size").toString());
  }

  /** Sets {@code SystemMaxFiles=}: archived persistent journal files kept. Not set by default (100). */
  public Journald systemMaxFiles(int files) {
    return set("SystemMaxFiles", Integer.toString(nonNegative("SystemMaxFiles", files)));
  }

  /** Sets {@code RuntimeMaxUse=}: memory the volatile journal may use. Not set by default (10% of /run, at most 4G). */
  public Journald runtimeMaxUse(Size size) {
    return set("RuntimeMaxUse", requireNonNull(size, "size").toString());
  }

  /** Sets {@code RuntimeKeepFree=}: memory the volatile journal leaves free. Not set by default (15%). */
  public Journald runtimeKeepFree(Size size) {
    return set("RuntimeKeepFree", requireNonNull(size, "size").toString());
  }

  /** Sets {@code RuntimeMaxFileSize=}: the size at which a volatile journal file is rotated. Not set by default. */
  public Journald runtimeMaxFileSize(Size size) {
    return set("RuntimeMaxFileSize", requireNonNull(size, "size").toString());
  }

  /** Sets {@code RuntimeMaxFiles=}: archived volatile journal files kept. Not set by default (100). */
  public Journald runtimeMaxFiles(int files) {
    return set("RuntimeMaxFiles", Integer.toString(nonNegative("RuntimeMaxFiles", files)));
  }

  /** Sets {@code MaxRetentionSec=}: entries older than this are deleted. Not set by default (no limit). */
  public Journald maxRetentionSec(Duration retention) {
    return set("MaxRetentionSec", SystemdTime.format("MaxRetentionSec", retention));
  }

  /** Sets {@code MaxFileSec=}: a journal file is rotated after this long. Not set by default (1 month). */
  public Journald maxFileSec(Duration age) {
    return set("MaxFileSec", SystemdTime.format("MaxFileSec", age));
  }

  /** Sets {@code ForwardToSyslog=}. Not set by default (no). Replaces. */
  public Journald forwardToSyslog(boolean enabled) {
    return set("ForwardToSyslog", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code ForwardToKMsg=}. Not set by default (no). Replaces. */
  public Journald forwardToKMsg(boolean enabled) {
    return set("ForwardToKMsg", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code ForwardToConsole=}. Not set by default (no). Replaces. */
  public Journald forwardToConsole(boolean enabled) {
    return set("ForwardToConsole", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code ForwardToWall=}: emergency messages go to every logged-in user. Not set by default (yes). */
  public Journald forwardToWall(boolean enabled) {
    return set("ForwardToWall", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code TTYPath=}: the console of {@code ForwardToConsole=}. Not set by default ({@code /dev/console}). */
  public Journald ttyPath(String path) {
    return set("TTYPath", Directives.absolutePath("TTYPath", path));
  }

  /** Sets {@code MaxLevelStore=}: the least severe level stored. Not set by default (debug). */
  public Journald maxLevelStore(SyslogLevel level) {
    return set("MaxLevelStore", requireNonNull(level, "level").value());
  }

  /** Sets {@code MaxLevelSyslog=}: the least severe level forwarded to syslog. Not set by default (debug). */
  public Journald maxLevelSyslog(SyslogLevel level) {
    return set("MaxLevelSyslog", requireNonNull(level, "level").value());
  }

  /** Sets {@code MaxLevelKMsg=}: the least severe level forwarded to the kernel log. Not set by default (notice). */
  public Journald maxLevelKMsg(SyslogLevel level) {
    return set("MaxLevelKMsg", requireNonNull(level, "level").value());
  }

  /** Sets {@code MaxLevelConsole=}: the least severe level forwarded to the console. Not set by default (info). */
  public Journald maxLevelConsole(SyslogLevel level) {
    return set("MaxLevelConsole", requireNonNull(level, "level").value());
  }

  /** Sets {@code MaxLevelWall=}: the least severe level sent to users' terminals. Not set by default (emerg). */
  public Journald maxLevelWall(SyslogLevel level) {
    return set("MaxLevelWall", requireNonNull(level, "level").value());
  }

  /** Sets {@code LineMax=}: longer log lines are split. At least 79 bytes. Not set by default (48K). */
  public Journald lineMax(Size size) {
    requireNonNull(size, "size");
    if (size.bytes() < 79) {
      throw new IllegalArgumentException("LineMax= must be at least 79 bytes, was " + size);
    }
    return set("LineMax", size.toString());
  }

  /** Sets {@code ReadKMsg=}: whether the kernel log is read into the journal. Not set by default (yes). */
  public Journald readKMsg(boolean enabled) {
    return set("ReadKMsg", ResourceControl.yesNo(enabled));
  }

  /** Sets {@code Audit=}: whether kernel auditing is turned on at start. Not set by default (yes). */
  public Journald audit(boolean enabled) {
    return set("Audit", ResourceControl.yesNo(enabled));
  }

  /**
   * Sets any other directive of {@code [Journal]}: the escape hatch, for keys newer than systemd 252 (such
   * as {@code ForwardToSocket=} of systemd 256). The key is a letter, then letters and digits; keys with
   * a method are refused. Not set by default. Replaces that key.
   *
   * @see <a href="https://www.freedesktop.org/software/systemd/man/latest/journald.conf.html">journald.conf(5)</a>
   */
  public Journald option(String key, String value) {
    var directive = new Directive("Journal", key, value);
    var all = new TreeMap<>(options);
    all.put(directive.key(), directive.value());
    return new Journald(settings, all);
  }

  private Journald set(String key, String value) {
    var all = new LinkedHashMap<>(settings);
    all.put(key, value);
    return new Journald(all, options);
  }

  private static int nonNegative(String key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(key + "= must not be negative, was " + value);
    }
    return value;
  }
}
