package dev.kubeforge.maven.importer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import did, entry by entry with the source {@code file:line}: the objects read, the constructs
 * recognised, what went through an escape hatch ({@code add(..)}), every API upgrade and every loss, what the
 * DSL writes that the input did not have (a Namespace object for every namespace used), and the
 * checks the original fails too, allowed in the imported class.
 */
public final class ImportReport {

  /** The kinds of entries, in the order the report lists them. */
  public enum Kind { READ, RECOGNISED, ESCAPE_HATCH, UPGRADE, LOSS, ADDED, ALLOWED }

  /** One entry: a kind, where in the input, and what happened. */
  public record Entry(Kind kind, String where, String message) {
    public Entry {
      requireNonNull(kind, "kind");
      requireNonNull(where, "where");
      requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + where + ": " + message;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  void add(Kind kind, SourceDocument source, String message) {
    add(kind, source.where(), message);
  }

  void add(Kind kind, String where, String message) {
    entries.add(new Entry(kind, where, message));
  }

  /** Every entry, in the order they were made (input order). */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The entries of one kind. */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** A one-line summary followed by every entry, grouped by kind: the lines the Maven goal prints. */
  public List<String> lines() {
    var lines = new ArrayList<String>();
    lines.add(entries(Kind.READ).size() + " objects read, " + entries(Kind.RECOGNISED).size() + " recognised, "
        + entries(Kind.ESCAPE_HATCH).size() + " through add(..), " + entries(Kind.UPGRADE).size() + " upgrades, "
        + entries(Kind.LOSS).size() + " losses, " + entries(Kind.ADDED).size() + " added, " + entries(Kind.ALLOWED).size() + " failing checks allowed");
    for (Kind kind : Kind.values()) {
      entries(kind).forEach(e -> lines.add("  " + e));
    }
    return lines;
  }
}
