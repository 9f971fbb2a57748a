package dev.kubeforge.secret;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.secret.SecretResolver.SecretUnavailableException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secret values of one generation, read before anything is rendered, so that rendering reads no
 * secret and cannot fail on one: each value the model uses is either read, or unavailable with the
 * resolver's reason. Immutable; {@link #value} hands out copies.
 */
public final class ResolvedSecrets {

  private static final ResolvedSecrets UNREAD = new ResolvedSecrets(false, Map.of(), Map.of());

  private final boolean read;
  private final Map<SecretValue, byte[]> values;
  private final Map<SecretValue, String> unavailable;

  private ResolvedSecrets(boolean read, Map<SecretValue, byte[]> values, Map<SecretValue, String> unavailable) {
    this.read = read;
    this.values = values;
    this.unavailable = unavailable;
  }

  /** No value read: a generation without a resolver, whose secrets output stays empty. */
  public static ResolvedSecrets unread() {
    return UNREAD;
  }

  /** Reads every value of {@code used} through {@code resolver}, each once. */
  public static ResolvedSecrets resolve(Collection<? extends SecretValue> used, SecretResolver resolver) {
    requireNonNull(resolver, "resolver");
    var values = new LinkedHashMap<SecretValue, byte[]>();
    var unavailable = new LinkedHashMap<SecretValue, String>();
    for (SecretValue value : used) {
      if (values.containsKey(value) || unavailable.containsKey(value)) {
        continue;
      }
      try {
        values.put(value, requireNonNull(resolver.resolve(value), "resolved value").clone());
      } catch (SecretUnavailableException e) {
        unavailable.put(value, e.getMessage());
      }
    }
    return new ResolvedSecrets(true, Map.copyOf(values), Map.copyOf(unavailable));
  }

  /** Whether values were read; {@code false} for {@link #unread()}. */
  public boolean isRead() {
    return read;
  }

  /** A copy of the value, or empty when it was not read or is unavailable. */
  public Optional<byte[]> value(SecretValue value) {
    var bytes = values.get(requireNonNull(value, "value"));
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /**
   * A copy of the value without a final line end ({@code \n} or {@code \r\n}), which text credentials
   * read from files usually end with and which is not part of them; empty as {@link #value} is.
   */
  public Optional<byte[]> credential(SecretValue value) {
    return value(value).map(bytes -> {
      int end = bytes.length;
      if (end > 0 && bytes[end - 1] == '\n') {
        end--;
        if (end > 0 && bytes[end - 1] == '\r') {
          end--;
        }
      }
      return Arrays.copyOf(bytes, end);
    });
  }

  /**
   * Why the value could not be read, such as {@code environment variable KUBEADM_TOKEN is not set};
   * empty when it was read.
   *
   * @throws IllegalStateException when values were read but this one was not asked for: whoever resolved
   *     the generation's values missed one the model uses
   */
  public Optional<String> unavailable(SecretValue value) {
    requireNonNull(value, "value");
    if (read && !values.containsKey(value) && !unavailable.containsKey(value)) {
      throw new IllegalStateException(value.source() + " was not resolved with the generation's other values");
    }
    return Optional.ofNullable(unavailable.get(value));
  }
}
