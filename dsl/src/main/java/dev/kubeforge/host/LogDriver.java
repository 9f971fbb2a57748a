package dev.kubeforge.host;

/**
 * Docker's {@code log-driver}: where container output goes.
 *
 * @see <a href="https://docs.docker.com/engine/logging/configure/">Docker: logging drivers</a>
 */
public enum LogDriver {
  /** {@code none}: output is dropped. */
  NONE,
  /** {@code local}: compressed files with rotation, Docker's recommended file driver. */
  LOCAL,
  /** {@code json-file}: JSON lines files (Docker's default); rotate them with {@code log-opts max-size}. */
  JSON_FILE,
  /** {@code syslog}: the syslog daemon. */
  SYSLOG,
  /** {@code journald}: the systemd journal, with {@code CONTAINER_ID} and {@code CONTAINER_NAME} fields. */
  JOURNALD,
  /** {@code gelf}: a Graylog endpoint. */
  GELF,
  /** {@code fluentd}: a fluentd daemon. */
  FLUENTD,
  /** {@code awslogs}: Amazon CloudWatch Logs. */
  AWSLOGS,
  /** {@code splunk}: Splunk's HTTP event collector. */
  SPLUNK,
  /** {@code etwlogs}: Event Tracing for Windows. */
  ETWLOGS,
  /** {@code gcplogs}: Google Cloud Logging. */
  GCPLOGS;

  /** The name in {@code daemon.json}, such as {@code json-file}. */
  public String value() {
    return Directives.kebab(this);
  }
}
