package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an object sits in the cluster model, as a reader would name it:
 * {@code cluster prod › namespace kube-system › ingress dashboard › tls}.
 *
 * <p>Each segment is a kind and a name ({@code ingress dashboard}); the last may be a bare field
 * ({@code tls}, {@code rule 0}). Paths compare segment by segment, so problems sort by where they are.
 */
public record ObjectPath(List<String> segments) implements Comparable<ObjectPath> {

  /** The separator shown between segments. */
  public static final String SEPARATOR = " › ";

  public ObjectPath {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("an object path needs at least one segment");
    }
  }

  /** The root of a path, such as {@code cluster prod}. */
  public static ObjectPath of(String kind, String name) {
    return new ObjectPath(List.of(segment(kind, name)));
  }

  /** Returns this path extended by a child object, such as {@code namespace kube-system}. */
  public ObjectPath child(String kind, String name) {
    return append(segment(kind, name));
  }

  /** Returns this path extended by a field of the object, such as {@code tls} or {@code port http}. */
  public ObjectPath field(String field) {
    requireNonNull(field, "field");
    return append(field);
  }

  /** Whether this path is {@code other} or lies below it. */
  public boolean startsWith(ObjectPath other) {
    return segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  private ObjectPath append(String segment) {
    var list = new ArrayList<String>(segments.size() + 1);
    list.addAll(segments);
    list.add(segment);
    return new ObjectPath(list);
  }

  private static String segment(String kind, String name) {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    return kind + " " + name;
  }

  @Override
  public int compareTo(ObjectPath other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public String toString() {
    return String.join(SEPARATOR, segments);
  }
}
