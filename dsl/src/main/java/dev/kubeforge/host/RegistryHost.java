package dev.kubeforge.host;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One host containerd tries for a registry, before the registry's own server: a
 * {@code [host."<url>"]} table of {@code certs.d/<registry>/hosts.toml}, such as a pull-through mirror.
 *
 * <pre>{@code
 * RegistryHost.of("https://mirror.gcr.io").capabilities(RegistryCapability.PULL, RegistryCapability.RESOLVE)
 * }</pre>
 *
 * @param url the host's URL, {@code http(s)://host[:port][/path]}
 * @param capabilities {@code capabilities}: what containerd may do there
 * @param skipVerify {@code skip_verify}: TLS certificates are not verified, or {@code null} (verified)
 * @param ca {@code ca}: the CA certificate file that verifies the host, or {@code null} (the system's)
 * @param headers {@code header}: HTTP headers sent to the host, sorted by name; never credentials, the
 *     file is reviewable
 * @see <a href="https://github.com/containerd/containerd/blob/main/docs/hosts.md">containerd: registry hosts</a>
 */
public record RegistryHost(
    String url, Set<RegistryCapability> capabilities, Boolean skipVerify, String ca,
    SortedMap<String, List<String>> headers) {

  private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?");
  private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

  public RegistryHost {
    requireNonNull(url, "url");
    if (!URL.matcher(url).matches()) {
      throw new IllegalArgumentException("url is not an http(s) URL of a registry host: '" + url + "'");
    }
    capabilities = Collections.unmodifiableSet(capabilities.isEmpty()
        ? EnumSet.noneOf(RegistryCapability.class) : EnumSet.copyOf(capabilities));
    var copy = new TreeMap<String, List<String>>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * The host at {@code url}, with containerd's default capabilities {@code pull}, {@code resolve} and
   * {@code push} written out; nothing else set.
   */
  public static RegistryHost of(String url) {
    return new RegistryHost(url, EnumSet.allOf(RegistryCapability.class), null, null, new TreeMap<>());
  }

  /** Returns a copy with {@code capabilities} set to exactly these, at least one. Replaces. */
  public RegistryHost capabilities(RegistryCapability... capabilities) {
    requireNonNull(capabilities, "capabilities");
    if (capabilities.length == 0) {
      throw new IllegalArgumentException("capabilities needs at least one of pull, resolve, push");
    }
    return new RegistryHost(url, EnumSet.copyOf(List.of(capabilities)), skipVerify, ca, headers);
  }

  /** Returns a copy with {@code skip_verify} set: whether TLS certificates go unverified. Not set by default (false). */
  public RegistryHost skipVerify(boolean skip) {
    return new RegistryHost(url, capabilities, skip, ca, headers);
  }

  /** Returns a copy with {@code ca} set: the CA certificate file on the node. Not set by default. Replaces. */
  public RegistryHost ca(String path) {
    return new RegistryHost(url, capabilities, skipVerify, Directives.absolutePath("ca", path), headers);
  }

  /**
   * Returns a copy with an HTTP header added to {@code header}, such as {@code x-custom-1 = ['a']}; a
   * second value of the same name is appended. Not for credentials: the file is reviewable.
   */
  public RegistryHost header(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    if (!HEADER.matcher(name).matches()) {
      throw new IllegalArgumentException("name is not an HTTP header name: '" + name + "'");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("value of header " + name + " holds a control character");
    }
    var all = new TreeMap<>(headers);
    var values = new ArrayList<>(all.getOrDefault(name, List.of()));
    values.add(value);
    all.put(name, values);
    return new RegistryHost(url, capabilities, skipVerify, ca, all);
  }
}
