package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;

/**
 * Kubernetes manifests written by another tool, as YAML text to include in a namespace: one document or
 * several separated by {@code ---}. The text is read when the source is created, so a missing file fails
 * on the line that names it. See {@code namespace.include(..)}.
 *
 * @param origin where the text came from, for messages and object paths, such as
 *     {@code META-INF/dekorate/kubernetes.yml}
 * @param yaml the manifests
 */
public record ManifestSource(String origin, String yaml) {

  public ManifestSource {
    requireNonNull(origin, "origin");
    requireNonNull(yaml, "yaml");
    if (origin.isBlank()) {
      throw new IllegalArgumentException("a manifest source needs an origin to name in messages");
    }
  }

  /**
   * The class-path resource at {@code path} (no leading {@code /}), such as the
   * {@code META-INF/dekorate/kubernetes.yml} dekorate writes into a module's classes. The resource must be
   * on the class path exactly once: two jars with the same manifest path would make the choice silent.
   */
  public static ManifestSource fromResource(String path) {
    requireNonNull(path, "path");
    var loader = ManifestSource.class.getClassLoader();
    var threadLoader = Thread.currentThread().getContextClassLoader();
    if (threadLoader != null) {
      loader = threadLoader;
    }
    ArrayList<URL> found;
    try {
      found = Collections.list(loader.getResources(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list class-path resource " + path, e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no class-path resource " + path
          + " (is the module that generates it a dependency of this one?)");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("class-path resource " + path + " is there " + found.size()
          + " times, so which one to include is not clear: " + found);
    }
    try (InputStream in = found.get(0).openStream()) {
      return new ManifestSource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class-path resource " + path, e);
    }
  }

  /** The YAML file at {@code file}; its origin in messages is the path as given. */
  public static ManifestSource fromFile(Path file) {
    requireNonNull(file, "file");
    try {
      return new ManifestSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifest file " + file, e);
    }
  }

  /** YAML given as text; {@code origin} names it in messages and object paths. */
  public static ManifestSource fromText(String origin, String yaml) {
    return new ManifestSource(origin, yaml);
  }
}
