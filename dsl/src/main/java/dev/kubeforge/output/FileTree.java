package dev.kubeforge.output;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The generated files, in memory: relative paths ({@code prod/kubernetes/web/deployment-site.yaml},
 * always with {@code /}) to their bytes, sorted by path. The single artifact between the model and the
 * disk: {@code generate}, {@code check}, {@code diff} and tests all consume it.
 */
public final class FileTree {

  private final SortedMap<String, byte[]> files;

  private FileTree(SortedMap<String, byte[]> files) {
    this.files = files;
  }

  /** A tree with no file. */
  public static FileTree empty() {
    return new FileTree(Collections.emptySortedMap());
  }

  /** Starts a tree. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every path, sorted. */
  public SortedSet<String> paths() {
    return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(files.keySet()));
  }

  /** Whether the tree holds a file at {@code path}. */
  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** A copy of the bytes at {@code path}; throws when there is no such file. */
  public byte[] bytes(String path) {
    return require(path).clone();
  }

  /** The file at {@code path} as UTF-8 text; throws when there is no such file. */
  public String text(String path) {
    return new String(require(path), StandardCharsets.UTF_8);
  }

  /** How many files the tree holds. */
  public int size() {
    return files.size();
  }

  /** Whether the bytes at {@code path} equal {@code content}, without copying. */
  public boolean sameContent(String path, byte[] content) {
    return Arrays.equals(require(path), content);
  }

  /** A tree of this tree's files and {@code other}'s; a path in both is an error. */
  public FileTree plus(FileTree other) {
    var builder = builder();
    files.forEach(builder::add);
    other.files.forEach(builder::add);
    return builder.build();
  }

  private byte[] require(String path) {
    byte[] content = files.get(path);
    if (content == null) {
      throw new IllegalArgumentException("no file in the tree at " + path);
    }
    return content;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FileTree other) || !files.keySet().equals(other.files.keySet())) {
      return false;
    }
    for (var entry : files.entrySet()) {
      if (!Arrays.equals(entry.getValue(), other.files.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return files.keySet().hashCode();
  }

  @Override
  public String toString() {
    return "FileTree" + files.keySet();
  }

  /** Collects files for a {@link FileTree}. */
  public static final class Builder {
    private final TreeMap<String, byte[]> files = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a file. The path is relative, uses {@code /}, and has no empty, {@code .} or {@code ..}
     * segment and no control character; adding the same path twice is an error.
     */
    public Builder add(String path, byte[] content) {
      requireNonNull(path, "path");
      requireNonNull(content, "content");
      checkPath(path);
      if (files.putIfAbsent(path, content.clone()) != null) {
        throw new IllegalArgumentException("two files at the same path: " + path);
      }
      return this;
    }

    /** Adds a UTF-8 text file. */
    public Builder add(String path, String text) {
      return add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The tree of the files added so far. */
    public FileTree build() {
      return new FileTree(Collections.unmodifiableSortedMap(new TreeMap<>(files)));
    }

    /**
     * Throws {@link IllegalArgumentException} unless {@code path} is a relative {@code /}-separated path
     * without empty, {@code .} or {@code ..} segments and without control characters (a path is one
     * line of the index {@link FileTreeWriter} keeps).
     */
    static void checkPath(String path) {
      if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.indexOf('\\') >= 0
          || path.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("not a relative '/'-separated file path: '" + path + "'");
      }
      for (String segment : path.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException("not a relative '/'-separated file path: '" + path + "'");
        }
      }
    }
  }
}
