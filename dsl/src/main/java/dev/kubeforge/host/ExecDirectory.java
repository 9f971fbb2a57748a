package dev.kubeforge.host;

/**
 * A directory systemd creates for a service and hands to its user, below the base directory of its kind:
 * {@code RuntimeDirectory=} and the others of systemd.exec(5), written by
 * {@link Service#directories(ExecDirectory, String...)}.
 *
 * @see <a href="https://www.freedesktop.org/software/systemd/man/252/systemd.exec.html#RuntimeDirectory=">RuntimeDirectory=</a>
 */
public enum ExecDirectory {
  /** {@code RuntimeDirectory=}, below {@code /run}; removed when the service stops. */
  RUNTIME("RuntimeDirectory"),
  /** {@code StateDirectory=}, below {@code /var/lib}. */
  STATE("StateDirectory"),
  /** {@code CacheDirectory=}, below {@code /var/cache}. */
  CACHE("CacheDirectory"),
  /** {@code LogsDirectory=}, below {@code /var/log}. */
  LOGS("LogsDirectory"),
  /** {@code ConfigurationDirectory=}, below {@code /etc}. */
  CONFIGURATION("ConfigurationDirectory");

  private final String key;

  ExecDirectory(String key) {
    this.key = key;
  }

  /** The directive's key, such as {@code RuntimeDirectory}. */
  public String key() {
    return key;
  }
}
