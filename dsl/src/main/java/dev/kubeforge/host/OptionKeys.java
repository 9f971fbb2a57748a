package dev.kubeforge.host;

/**
 * A configuration file whose keys without a method can still be set: the escape hatch that
 * {@link DockerDaemon} ({@code daemon.json}) and {@link Containerd} ({@code config.toml}) share. Each
 * checks the key where it is written and refuses the keys its typed methods own.
 *
 * @param <T> the configuration, returned as a copy with the key set
 */
public interface OptionKeys<T extends OptionKeys<T>> {

  /** Returns a copy with {@code key} set to {@code value}. Replaces that key. */
  T option(String key, OptionValue value);

  /** {@link #option(String, OptionValue)} with a string. */
  default T option(String key, String value) {
    return option(key, OptionValue.of(value));
  }

  /** {@link #option(String, OptionValue)} with a boolean. */
  default T option(String key, boolean value) {
    return option(key, OptionValue.of(value));
  }

  /** {@link #option(String, OptionValue)} with an integer. */
  default T option(String key, long value) {
    return option(key, OptionValue.of(value));
  }
}
