package dev.kubeforge.render;

import dev.kubeforge.secret.ResolvedSecrets;
import dev.kubeforge.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * How one rendering writes secret values: as placeholders, for the reviewable output, or as the values
 * themselves, for the git-ignored secrets output. It records every secret it wrote, by where it stands
 * in the file, so that the reviewable file can name them in its header.
 *
 * <p>Placeholders keep the field's format, so that the reviewable file still passes the validators: a
 * bootstrap token becomes {@code 000000.0000000000000000}, a certificate key 64 zeros, a CA pin
 * {@code sha256:} and 64 zeros, any other secret {@code <secret>}.
 */
final class SecretText {

  /** The shape of a secret field. */
  enum Format {
    /** A kubeadm bootstrap token, {@code [a-z0-9]{6}.[a-z0-9]{16}}. */
    BOOTSTRAP_TOKEN("000000.0000000000000000"),
    /** A 32-byte key in hex, such as kubeadm's certificate key. */
    HEX_KEY("0".repeat(64)),
    /** A public-key pin, {@code sha256:} and 64 hex digits. */
    CA_CERT_HASH("sha256:" + "0".repeat(64)),
    /** Free text. */
    TEXT("<secret>");

    private final String placeholder;

    Format(String placeholder) {
      this.placeholder = placeholder;
    }
  }

  private final ResolvedSecrets values;
  private final String prefix;
  private final Map<String, String> written;
  private final LinkedHashSet<String> unavailable;

  private SecretText(ResolvedSecrets values, String prefix, Map<String, String> written,
      LinkedHashSet<String> unavailable) {
    this.values = values;
    this.prefix = prefix;
    this.written = written;
    this.unavailable = unavailable;
  }

  private SecretText(ResolvedSecrets values) {
    this(values, "", new LinkedHashMap<>(), new LinkedHashSet<>());
  }

  /**
   * The same rendering for a file embedded in this one, such as the kubeadm configuration inside a
   * cloud-config: what it writes is named {@code file: where}.
   */
  SecretText under(String file) {
    return new SecretText(values, prefix + file + ": ", written, unavailable);
  }

  /** Writes placeholders. */
  static SecretText placeholders() {
    return new SecretText(null);
  }

  /** Writes the values read into {@code values}, as UTF-8 text without a final line end. */
  static SecretText values(ResolvedSecrets values) {
    return new SecretText(values);
  }

  /** The text to write for {@code secret} at {@code where} (such as {@code discovery.bootstrapToken.token}). */
  String text(SecretValue secret, String where, Format format) {
    written.putIfAbsent(prefix + where, secret.source());
    if (values == null) {
      return format.placeholder;
    }
    var reason = values.unavailable(secret);
    if (reason.isPresent()) {
      unavailable.add(reason.get());
      return format.placeholder;
    }
    var text = new String(values.value(secret).orElseThrow(), StandardCharsets.UTF_8);
    return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** Whether every value written was read, so the file is complete; a file that is not stays out. */
  boolean complete() {
    return unavailable.isEmpty();
  }

  /** Whether secrets are written as placeholders, for the reviewable output. */
  boolean placeholding() {
    return values == null;
  }

  /** Whether any secret was written. */
  boolean any() {
    return !written.isEmpty();
  }

  /**
   * Comment lines naming every placeholder written, such as
   * {@code #   discovery.bootstrapToken.token: environment variable KUBEADM_TOKEN}; empty when none was.
   */
  String header() {
    if (written.isEmpty() || values != null) {
      return "";
    }
    var out = new StringBuilder("# Secrets are placeholders here; the complete file is in the secrets output:\n");
    written.forEach((where, source) -> out.append("#   ").append(where).append(": ").append(source).append('\n'));
    return out.toString();
  }
}
