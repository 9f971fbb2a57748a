package dev.kubeforge.render;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * htpasswd lines with bcrypt ({@code $2y$}, the form {@code htpasswd -B} writes and ingress-nginx and
 * Traefik read), salted deterministically so that a line stays the same while its password does.
 *
 * <p>The salt is the first 16 bytes of SHA-256 over the Secret's identity (cluster, namespace, name,
 * key) and the user. It does not depend on the password on purpose: bcrypt writes its salt in clear
 * into the hash, and a salt computed quickly from the password (an HMAC keyed with it, say) would let
 * anyone holding the hash test guesses against the salt at SHA-256 speed, skipping bcrypt's cost. A salt
 * from the identity is unique per Secret, key and user across clusters, and reveals nothing.
 */
final class Htpasswd {

  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2Y;

  /** The longest password bcrypt hashes, in bytes: its 72 less the null terminator {@code $2y$} appends. */
  static final int MAX_PASSWORD_BYTES = VERSION.allowedMaxPwLength - 1;

  private Htpasswd() {}

  /**
   * One line {@code user:hash} (without line end).
   *
   * @throws IllegalArgumentException when the password is longer than bcrypt can hash (72 bytes)
   */
  static String line(String user, byte[] password, String saltContext, int cost) {
    var hasher = BCrypt.with(VERSION, LongPasswordStrategies.strict(VERSION));
    byte[] hash = hasher.hash(cost, salt(saltContext, user), password);
    return user + ":" + new String(hash, StandardCharsets.US_ASCII);
  }

  /** The 16-byte salt of {@code user} in the Secret key identified by {@code saltContext}. */
  static byte[] salt(String saltContext, String user) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update("kubeforge htpasswd salt v1".getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(saltContext.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(user.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest.digest(), BCrypt.SALT_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
