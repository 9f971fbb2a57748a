package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file that becomes a ConfigMap entry, as {@code kubectl create configmap --from-file} does: the key is
 * the file's name, the value its content (in {@code data} when it is UTF-8 text, in {@code binaryData}
 * otherwise). The file is read when the source is created, while the definition runs, so a missing file
 * fails at the line that names it.
 *
 * <p>Prefer classpath resources: put {@code nginx.tmpl} under {@code src/main/resources/nginx/} of the
 * module that holds the definition and write {@code ConfigMapSource.fromResource("nginx/nginx.tmpl")};
 * the build copies it onto the classpath that {@code mvn kube:generate} loads definitions from, so it is
 * found wherever Maven runs. Files on disk are read relative to the working directory, which depends on
 * where Maven was started.
 */
public final class ConfigMapSource {

  private final String fileName;
  private final String origin;
  private final byte[] content;

  private ConfigMapSource(String fileName, String origin, byte[] content) {
    this.fileName = fileName;
    this.origin = origin;
    this.content = content;
  }

  /**
   * A classpath resource, by its absolute name without a leading '/', such as {@code nginx/nginx.tmpl}.
   * Looked up in the thread's context class loader (the Maven plugin sets it to the project's), then in
   * the loader of Kubeforge itself.
   *
   * @throws IllegalArgumentException when no such resource exists
   */
  public static ConfigMapSource fromResource(String resource) {
    requireNonNull(resource, "resource");
    var name = resource.startsWith("/") ? resource.substring(1) : resource;
    var loader = Thread.currentThread().getContextClassLoader();
    if (loader == null || loader.getResource(name) == null) {
      loader = ConfigMapSource.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(name)) {
      return of(name, "classpath resource " + name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + name, e);
    }
  }

  /**
   * A classpath resource next to {@code anchor}, as {@link Class#getResource(String)} finds it: a name
   * without '/' is relative to the anchor's package, {@code /nginx/nginx.tmpl} is absolute.
   *
   * @throws IllegalArgumentException when no such resource exists
   */
  public static ConfigMapSource fromResource(Class<?> anchor, String resource) {
    requireNonNull(anchor, "anchor");
    requireNonNull(resource, "resource");
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      return of(resource, "classpath resource " + resource + " of " + anchor.getName(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }

  /**
   * A file on disk; a relative path is resolved against the working directory.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ConfigMapSource fromFile(Path file) {
    requireNonNull(file, "file");
    var fileName = file.getFileName();
    if (fileName == null) {
      throw new IllegalArgumentException("not a file: '" + file + "'");
    }
    try {
      return new ConfigMapSource(keyOf(fileName.toString()), "file " + file, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ConfigMap file " + file.toAbsolutePath(), e);
    }
  }

  private static ConfigMapSource of(String name, String origin, InputStream in) throws IOException {
    if (in == null) {
      throw new IllegalArgumentException("no " + origin + " (put it under src/main/resources)");
    }
    int slash = name.lastIndexOf('/');
    return new ConfigMapSource(keyOf(name.substring(slash + 1)), origin, in.readAllBytes());
  }

  private static String keyOf(String fileName) {
    return Names.requireConfigKey("file name", fileName);
  }

  /** The file's name: the key it gets unless another is given. */
  public String fileName() {
    return fileName;
  }

  /** Where the content was read from, such as {@code classpath resource nginx/nginx.tmpl}. */
  public String origin() {
    return origin;
  }

  /** A copy of the content. */
  public byte[] content() {
    return content.clone();
  }

  /** The content as text when it is valid UTF-8, or {@code null} for binary content. */
  String text() {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigMapSource other && fileName.equals(other.fileName)
        && origin.equals(other.origin) && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return fileName.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "ConfigMapSource[" + origin + ", " + content.length + " bytes]";
  }
}
