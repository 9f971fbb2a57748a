package dev.kubeforge.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubeforge.secret.SecretResolver.SecretUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolvedSecretsTest {

  private static final SecretValue SET = SecretValue.fromEnv("SET");
  private static final SecretValue UNSET = SecretValue.fromEnv("UNSET");

  @Test
  void eachValueIsReadOnceAndHandedOutAsACopy() {
    var reads = new ArrayList<SecretValue>();
    var source = "pa55\r\n".getBytes(StandardCharsets.UTF_8);
    SecretResolver resolver = value -> {
      reads.add(value);
      if (value.equals(UNSET)) {
        throw new SecretUnavailableException(value.source() + " is not set");
      }
      return source;
    };
    var secrets = ResolvedSecrets.resolve(List.of(SET, UNSET, SET, UNSET), resolver);
    assertEquals(List.of(SET, UNSET), reads);
    source[0] = 'X';
    secrets.value(SET).orElseThrow()[1] = 'X';
    assertArrayEquals("pa55\r\n".getBytes(StandardCharsets.UTF_8), secrets.value(SET).orElseThrow());
    assertArrayEquals("pa55".getBytes(StandardCharsets.UTF_8), secrets.credential(SET).orElseThrow());
    assertEquals(Optional.empty(), secrets.unavailable(SET));
    assertEquals(Optional.of("environment variable UNSET is not set"), secrets.unavailable(UNSET));
    assertEquals(Optional.empty(), secrets.value(UNSET));
    assertTrue(secrets.isRead());
  }

  @Test
  void aValueNobodyAskedForIsABug() {
    var secrets = ResolvedSecrets.resolve(List.of(SET), value -> new byte[0]);
    var thrown = assertThrows(IllegalStateException.class,
        () -> secrets.unavailable(SecretValue.fromEnv("FORGOTTEN")));
    assertEquals("environment variable FORGOTTEN was not resolved with the generation's other values",
        thrown.getMessage());
  }

  @Test
  void unreadHoldsNothingAndReportsNothing() {
    var secrets = ResolvedSecrets.unread();
    assertFalse(secrets.isRead());
    assertEquals(Optional.empty(), secrets.value(SET));
    assertEquals(Optional.empty(), secrets.unavailable(SET));
  }
}
