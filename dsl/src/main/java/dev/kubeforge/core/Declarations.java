package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each construct of a definition was declared: its {@link ObjectPath} and the {@link SourceLocation}
 * of the call that created it. Recorded by {@link Scope} as builders are created; an immutable value.
 */
public final class Declarations {

  private static final Declarations EMPTY = new Declarations(Map.of());

  private final Map<ObjectPath, SourceLocation> locations;

  private Declarations(Map<ObjectPath, SourceLocation> locations) {
    this.locations = Collections.unmodifiableMap(new TreeMap<>(locations));
  }

  /** No declaration at all: what a model built without a {@link Scope} has. */
  public static Declarations empty() {
    return EMPTY;
  }

  /** The given declarations; the map is copied. */
  public static Declarations of(Map<ObjectPath, SourceLocation> locations) {
    return locations.isEmpty() ? EMPTY : new Declarations(requireNonNull(locations, "locations"));
  }

  /** Every declaration, sorted by path; unmodifiable. */
  public Map<ObjectPath, SourceLocation> locations() {
    return locations;
  }

  /**
   * Where the object at {@code path} was declared: its own declaration, else that of the nearest object
   * above it (a field such as {@code rule 0} or a container is declared by its construct); empty when
   * nothing on the path was recorded.
   */
  public Optional<SourceLocation> nearest(ObjectPath path) {
    var segments = path.segments();
    for (int size = segments.size(); size > 0; size--) {
      var found = locations.get(new ObjectPath(segments.subList(0, size)));
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** These declarations and {@code other}'s; where both declare one path, this one's stays. */
  public Declarations and(Declarations other) {
    if (other.locations.isEmpty()) {
      return this;
    }
    var merged = new TreeMap<>(other.locations);
    merged.putAll(locations);
    return new Declarations(merged);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Declarations d && d.locations.equals(locations);
  }

  @Override
  public int hashCode() {
    return locations.hashCode();
  }

  @Override
  public String toString() {
    return locations.toString();
  }
}
